import type { TFunction } from 'i18next';
import type { Source } from '@/data/schema';
import { formatDate } from '@/lib/format';

/** A source in one line of plain text: `Publisher, “Title” (12 March 2021) [secondary report]. https://…` */
export function citation(source: Source, t: TFunction): string {
  const date = source.date ? ` (${formatDate(source.date)})` : '';
  const secondary = source.sourceType === 'secondary' ? ` [${t('export.citation.secondary')}]` : '';
  const url = source.url ? `. ${source.url}` : '';
  return `${source.publisher}, “${source.title}”${date}${secondary}${url}`;
}

/** Each source once, in first-seen order. */
export function uniqueSources(lists: ReadonlyArray<readonly Source[]>): Source[] {
  const seen = new Map<string, Source>();
  for (const list of lists)
    for (const source of list) if (!seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}
