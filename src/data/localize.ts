import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@/lib/language';
import type { Dataset, Observation, Translations } from './schema';

/**
 * Texts in the data (series and category labels, dataset titles, descriptions and notes) carry
 * their Chinese translations beside the English: `label` + `labels`, `title` + `titleI18n`,
 * `notes` + `notesI18n` (one per note), `note` + `noteI18n`. These helpers pick the text for the
 * active language. Source titles and quotes are never translated: a citation keeps the source's
 * own words; only a publisher with an official Chinese name (`publisherI18n`) is named by it.
 */

/** The text in `language`; the English when the data has no translation for it. */
export function pickText(
  english: string,
  translations: Translations | undefined,
  language: Language,
): string {
  return language === 'en' ? english : (translations?.[language] ?? english);
}

function localizeObservation(o: Observation, language: Language): Observation {
  if (o.note === undefined && !o.alternatives?.some((a) => a.note !== undefined)) return o;
  return {
    ...o,
    ...(o.note !== undefined ? { note: pickText(o.note, o.noteI18n, language) } : {}),
    ...(o.alternatives
      ? {
          alternatives: o.alternatives.map((a) =>
            a.note === undefined ? a : { ...a, note: pickText(a.note, a.noteI18n, language) },
          ),
        }
      : {}),
  };
}

/**
 * The dataset with every translatable text in `language`, so the panels' select functions read
 * `label`, `title` and `notes` as they always have. Ids, figures, quotes and source titles are
 * untouched.
 */
export function localizeDataset(dataset: Dataset, language: Language): Dataset {
  if (language === 'en') return dataset;
  return {
    ...dataset,
    title: pickText(dataset.title, dataset.titleI18n, language),
    ...(dataset.description !== undefined
      ? { description: pickText(dataset.description, dataset.descriptionI18n, language) }
      : {}),
    series: dataset.series.map((s) => ({ ...s, label: pickText(s.label, s.labels, language) })),
    ...(dataset.categories
      ? {
          categories: dataset.categories.map((c) => ({
            ...c,
            label: pickText(c.label, c.labels, language),
          })),
        }
      : {}),
    observations: dataset.observations.map((o) => localizeObservation(o, language)),
    sources: dataset.sources.map((source) =>
      source.publisherI18n?.[language]
        ? { ...source, publisher: pickText(source.publisher, source.publisherI18n, language) }
        : source,
    ),
    ...(dataset.notes
      ? {
          notes: dataset.notes.map((note, i) => pickText(note, dataset.notesI18n?.[i], language)),
        }
      : {}),
  };
}

/** The active UI language, re-rendering the caller when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/**
 * A react-query `select` that reads the dataset in the active language. Its identity changes
 * with the language, so switching language re-selects from the cached data (no refetch).
 */
export function useLocalizedSelect<T>(
  select: (dataset: Dataset) => T,
): (dataset: Dataset) => T | null {
  const language = useLanguage();
  return useCallback(
    // A dataset with no figures is "no data", not an error: the panel says so with a reset.
    (dataset: Dataset) =>
      dataset.observations.length === 0 ? null : select(localizeDataset(dataset, language)),
    [select, language],
  );
}
