import type { QueryClient } from '@tanstack/react-query';
import type { renderLivePage } from '@/app/live-page';
import { hasChartSnapshots, keepPrerenderedCharts } from '@/components/chart/chart-snapshots';
import { preloadCharts } from '@/components/chart/lazy-chart';
import { createQueryClient } from '@/data/query-client';
import { DATASET_IDS, datasetQueryOptions, manifestQueryOptions } from '@/data/queries';

/** How long the first render waits for data before it shows loading panels instead. */
const FIRST_RENDER_WAIT_MS = 3000;

/**
 * Every dataset (the HTML's preload links have usually fetched them already), and the chart code
 * when no prerendered drawing can stand in for it; resolves when all are here, failed, or the
 * wait is up. Rendering after that means React's first commit already holds the panels' content,
 * so the prerendered page is replaced in one frame, with no skeleton flash.
 */
function firstScreenData(client: QueryClient): Promise<void> {
  const ready = Promise.all([
    hasChartSnapshots() ? undefined : preloadCharts(),
    client.prefetchQuery(manifestQueryOptions()),
    ...DATASET_IDS.map((id) => client.prefetchQuery(datasetQueryOptions(id))),
  ]);
  const timeUp = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  return Promise.race([ready, timeUp]).then(() => undefined);
}

/**
 * The app's start, in order; main.tsx calls it once the prerendered first screen is painted, with
 * the live page's module, whose import it began beside this one.
 */
export async function start(
  livePage: Promise<{ renderLivePage: typeof renderLivePage }>,
): Promise<void> {
  // 1. In development only, `VITE_MOCK=1` serves the data through MSW with a named scenario.
  if (import.meta.env.DEV && import.meta.env.VITE_MOCK) {
    const { startBrowserMocks } = await import('../../mock-data/browser');
    await startBrowserMocks();
  }
  // 2. The prerendered charts, kept to stand in for the live ones while their code loads.
  keepPrerenderedCharts();
  // 3. The data the first screen shows, while the live page's code loads and is evaluated.
  const queryClient = createQueryClient();
  await firstScreenData(queryClient);
  // 4. The live page.
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  (await livePage).renderLivePage(root, queryClient);
}
