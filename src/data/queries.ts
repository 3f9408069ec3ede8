import { queryOptions } from '@tanstack/react-query';
import { fetchDataset } from './client';
import { datasetSchema, manifestSchema } from './schema';

export const DATASET_IDS = [
  'rankings',
  'startups',
  'fintech',
  'funding',
  'universities',
  'rnd',
  'infrastructure',
  'talent',
  'biotech',
  'initiatives',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export const dataKeys = {
  all: ['data'] as const,
  manifest: () => [...dataKeys.all, 'manifest'] as const,
  dataset: (id: DatasetId) => [...dataKeys.all, 'dataset', id] as const,
};

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: dataKeys.manifest(),
    queryFn: ({ signal }) => fetchDataset('manifest', 'manifest.json', manifestSchema, { signal }),
  });

export const datasetQueryOptions = (id: DatasetId) =>
  queryOptions({
    queryKey: dataKeys.dataset(id),
    queryFn: ({ signal }) => fetchDataset(id, `${id}.json`, datasetSchema, { signal }),
  });
