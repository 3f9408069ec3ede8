import { useQueries } from '@tanstack/react-query';
import type { Dataset } from '@/data/schema';
import { DATASET_IDS, datasetQueryOptions, type DatasetId } from '@/data/queries';
import { useManifest } from '@/data/use-manifest';
import { selectHeadlines, type HeadlineFigure } from './select-headlines';

function isDatasetId(id: string): id is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(id);
}

/** The headline strip reads the manifest, then the (cached, shared) datasets its figures live in. */
export function useHeadlines(): {
  status: 'pending' | 'error' | 'success';
  headlines: HeadlineFigure[];
} {
  const manifest = useManifest();
  const ids = [...new Set(manifest.data?.headlines.map((h) => h.dataset) ?? [])].filter(
    isDatasetId,
  );
  const results = useQueries({ queries: ids.map((id) => datasetQueryOptions(id)) });
  if (manifest.isError) return { status: 'error', headlines: [] };
  if (!manifest.data || results.some((r) => r.isPending))
    return { status: 'pending', headlines: [] };
  const loaded = new Map<string, Dataset>();
  results.forEach((r) => {
    if (r.data) loaded.set(r.data.id, r.data);
  });
  const headlines = selectHeadlines(manifest.data, loaded);
  return { status: headlines.length ? 'success' : 'error', headlines };
}
