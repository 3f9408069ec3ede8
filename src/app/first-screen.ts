import type { QueryClient } from '@tanstack/react-query';
import { preloadCharts } from '@/components/chart/lazy-chart';
import { hasChartSnapshots } from '@/components/chart/chart-snapshots';
import { DATASET_IDS, datasetQueryOptions, manifestQueryOptions } from '@/data/queries';
import { startOnePerTask } from '@/lib/yield-to-main';

/** How long the first render waits for data before it shows loading panels instead. */
const FIRST_RENDER_WAIT_MS = 3000;

/**
 * Starts every dataset (and, without a prerendered page, the chart code), and resolves when all
 * are here (or failed, or the wait is up). Rendering after that means React's first commit
 * already holds the panels' content: the prerendered page stays on screen until then and is
 * swapped in one frame, with no skeleton flash. With the prerendered charts to stand in, the
 * chart code is not waited for: the app fetches it after its first render (see App).
 */
export function loadFirstScreen(client: QueryClient): Promise<void> {
  // One request started per task (see startOnePerTask); none of these rejects.
  const ready = startOnePerTask<unknown>([
    ...(hasChartSnapshots() ? [] : [preloadCharts]),
    () => client.prefetchQuery(manifestQueryOptions()),
    ...DATASET_IDS.map((id) => () => client.prefetchQuery(datasetQueryOptions(id))),
  ]).then(() => undefined);
  const timeUp = new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  return Promise.race([ready, timeUp]);
}
