import { useQueries } from '@tanstack/react-query';
import { DATASET_IDS, datasetQueryOptions, type DatasetId } from '@/data/queries';
import { localizeDataset, useLanguage } from '@/data/localize';
import type { Dataset, FocusArea } from '@/data/schema';

export interface DataCatalogue {
  /** Every year any loaded dataset has a figure for, ascending. */
  years: number[];
  /** The focus areas each dataset is tagged with (tags live in the data). */
  areasOf: (ids: readonly DatasetId[]) => FocusArea[] | undefined;
  /** A human label for a category or series id (sector, university, subject). */
  labelOf: (id: string) => string | undefined;
}

/** What the filter bar needs to know about the data, from the cached datasets (no extra fetch). */
export function useDataCatalogue(): DataCatalogue {
  const results = useQueries({ queries: DATASET_IDS.map((id) => datasetQueryOptions(id)) });
  const language = useLanguage();
  const loaded = new Map<string, Dataset>();
  results.forEach((r) => {
    if (r.data) loaded.set(r.data.id, r.data);
  });
  const years = [
    ...new Set(
      [...loaded.values()].flatMap((d) =>
        d.observations.flatMap((o) => (o.year === undefined ? [] : [o.year])),
      ),
    ),
  ].sort((a, b) => a - b);
  const labels = new Map<string, string>();
  for (const d of [...loaded.values()].map((dataset) => localizeDataset(dataset, language))) {
    d.series.forEach((s) => labels.set(s.id, s.label));
    d.categories?.forEach((c) => labels.set(c.id, c.label));
  }
  return {
    years,
    areasOf: (ids) => {
      const sets = ids.map((id) => loaded.get(id)?.areas);
      if (sets.some((s) => s === undefined)) return undefined;
      return [...new Set(sets.flatMap((s) => s ?? []))];
    },
    labelOf: (id) => labels.get(id),
  };
}
