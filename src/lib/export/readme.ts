import type { TFunction } from 'i18next';
import type { Source } from '@/data/schema';
import { citation, uniqueSources } from './citation';

export interface ReadmePanel {
  title: string;
  takeaway: string;
  sources: readonly Source[];
  notes: readonly string[];
  /** The chart's PNG and one CSV per table. */
  files: { image: string; data: readonly string[] };
}

export interface ReadmeInput {
  appName: string;
  exportedOn: string;
  asOf: string | null;
  filters: string;
  images: string;
  panels: readonly ReadmePanel[];
  skipped: ReadonlyArray<{ title: string; reason: string }>;
}

/** README.txt for the ZIP of every panel: what each file is, the filters, and every source. */
export function buildReadme(input: ReadmeInput, t: TFunction): string {
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', text, '-'.repeat(text.length));
  const title = t('export.readme.title', { app: input.appName });
  lines.push(title, '='.repeat(title.length));
  lines.push(t('export.readme.exported', { date: input.exportedOn }));
  if (input.asOf) lines.push(t('export.readme.asOf', { date: input.asOf }));
  lines.push(
    input.filters
      ? t('export.readme.filters', { filters: input.filters })
      : t('export.readme.noFilters'),
  );
  lines.push(input.images);

  heading(t('export.readme.files'));
  for (const panel of input.panels) {
    lines.push(
      `- ${t('export.readme.fileImage', { file: panel.files.image, title: panel.title })}`,
    );
    for (const file of panel.files.data)
      lines.push(`- ${t('export.readme.fileData', { file, title: panel.title })}`);
  }
  for (const skipped of input.skipped) lines.push(`- ${t('export.readme.skipped', skipped)}`);

  heading(t('export.readme.panels'));
  input.panels.forEach((panel, i) => {
    lines.push('', `${i + 1}. ${panel.title}`);
    lines.push(`   ${t('export.readme.takeaway', { takeaway: panel.takeaway })}`);
    lines.push(`   ${t('export.readme.sources')}:`);
    for (const source of panel.sources) lines.push(`   - ${citation(source, t)}`);
    if (panel.notes.length) {
      lines.push(`   ${t('export.readme.notes')}:`);
      for (const note of panel.notes) lines.push(`   - ${note}`);
    }
  });

  heading(t('export.readme.allSources'));
  for (const source of uniqueSources(input.panels.map((p) => p.sources)))
    lines.push(`- ${citation(source, t)}`);
  // Windows Notepad and every other editor read CRLF; a trailing newline ends the last line.
  return `${lines.join('\r\n')}\r\n`;
}
