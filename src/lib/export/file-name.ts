import type { ViewState } from '@/lib/view-state';

/** Every export's file name starts with this. */
export const FILE_PREFIX = 'hk-innovation';

/**
 * Lower-case ASCII letters, digits and single hyphens: safe on Windows, macOS and Linux, in
 * URLs and in e-mail attachments. Accents are dropped ("Café" → "cafe"); other scripts vanish.
 */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** The local calendar date as yyyy-mm-dd (the user's day, not UTC's). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An active filter as the filter bar shows it: `key` is the chip's key, `label` its words. */
export interface FilterChip {
  key: string;
  label: string;
}

/**
 * The active filters as a file-name part, from the view state's ids rather than the words, so
 * the name is the same in every UI language: "2018-2020-gii", "projects-biotech",
 * "vs-singapore-switzerland". "all" when
 * nothing is filtered.
 */
export function filterSlug(chips: readonly FilterChip[], view: ViewState): string {
  const parts = chips.map((chip) => {
    switch (chip.key) {
      case 'years':
        // The chip's own years (it fills in the data's first or last year for an open bound).
        return (chip.label.match(/\d{4}/g) ?? []).join('-');
      case 'area':
        return view.area ?? '';
      case 'index':
        return view.index.join('-');
      case 'metric':
        return view.metric;
      case 'sector':
        return view.sector ?? '';
      case 'subject':
        return view.subject ?? '';
      case 'university':
        return view.university ?? '';
      case 'count':
        return view.count;
      case 'compare':
        return ['vs', ...view.compare].join('-');
      default:
        return chip.key;
    }
  });
  return slugify(parts.filter(Boolean).join('-'), 80) || 'all';
}

/**
 * `hk-innovation-<subject>-<filters>[-<language>]-<yyyy-mm-dd>.<ext>`. The language (`zh-hant`,
 * `zh-hans`) is named when it is not English, so a Chinese export never overwrites the English
 * one saved beside it.
 */
export function exportFileName(parts: {
  subject: string;
  filters: string;
  date: Date;
  ext: string;
  language?: string;
}): string {
  const subject = slugify(parts.subject) || 'export';
  const filters = slugify(parts.filters, 80) || 'all';
  const language = parts.language && !/^en\b/i.test(parts.language) ? slugify(parts.language) : '';
  const tail = [filters, language, isoDate(parts.date)].filter(Boolean).join('-');
  return `${FILE_PREFIX}-${subject}-${tail}.${slugify(parts.ext, 8)}`;
}

/** Which view-state keys each filter chip stands for: a panel's export names only its own. */
const CHIP_KEYS: Record<string, readonly (keyof ViewState)[]> = {
  years: ['from', 'to'],
  area: ['area'],
  index: ['index'],
  metric: ['metric'],
  sector: ['sector'],
  subject: ['subject'],
  university: ['university'],
  count: ['count'],
  compare: ['compare'],
};

/** The chips that act on a panel with these filters (the focus area acts on which panels show). */
export function chipsFor(
  chips: readonly FilterChip[],
  filters: readonly (keyof ViewState)[],
): FilterChip[] {
  return chips.filter((chip) => (CHIP_KEYS[chip.key] ?? []).some((key) => filters.includes(key)));
}
