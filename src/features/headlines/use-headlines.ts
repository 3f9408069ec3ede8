import { useQueries } from '@tanstack/react-query';
import type { Dataset } from '@/data/schema';
import { DATASET_IDS, datasetQueryOptions, type DatasetId } from '@/data/queries';
import { useManifest } from '@/data/use-manifest';
import { useViewKeys } from '@/lib/view-state';
import { filterHeadlines, selectHeadlines, type HeadlineFigure } from './select-headlines';

function isDatasetId(id: string): id is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(id);
}

/** The headline strip reads the manifest, then the (cached, shared) datasets its figures live in. */
export function useHeadlines(): {
  status: 'pending' | 'error' | 'success';
  headlines: HeadlineFigure[];
  hidden: number;
} {
  const manifest = useManifest();
  const view = useViewKeys(['from', 'to', 'area']);
  const ids = [...new Set(manifest.data?.headlines.map((h) => h.dataset) ?? [])].filter(
    isDatasetId,
  );
  const results = useQueries({ queries: ids.map((id) => datasetQueryOptions(id)) });
  if (manifest.isError) return { status: 'error', headlines: [], hidden: 0 };
  if (!manifest.data || results.some((r) => r.isPending))
    return { status: 'pending', headlines: [], hidden: 0 };
  const loaded = new Map<string, Dataset>();
  results.forEach((r) => {
    if (r.data) loaded.set(r.data.id, r.data);
  });
  const all = selectHeadlines(manifest.data, loaded);
  const headlines = filterHeadlines(all, manifest.data, view);
  return {
    status: all.length ? 'success' : 'error',
    headlines,
    hidden: all.length - headlines.length,
  };
}
