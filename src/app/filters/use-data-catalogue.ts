import { useMemo } from 'react';
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
  // `combine` re-runs only when a query's result changes, so `datasets` keeps its identity
  // across renders, and the catalogue (which reads every figure's year) is not rebuilt on
  // each filter change.
  const datasets = useQueries({
    queries: DATASET_IDS.map((id) => datasetQueryOptions(id)),
    combine: dataOf,
  });
  const language = useLanguage();
  return useMemo(() => catalogueOf(datasets, language), [datasets, language]);
}

const dataOf = (results: ReadonlyArray<{ data?: Dataset }>) => results.map((r) => r.data);

function catalogueOf(
  datasets: ReadonlyArray<Dataset | undefined>,
  language: ReturnType<typeof useLanguage>,
): DataCatalogue {
  const loaded = new Map<string, Dataset>();
  datasets.forEach((d) => {
    if (d) loaded.set(d.id, d);
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
