import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { registerServiceWorker } from '@/app/register-service-worker';
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
 * After React's first commit has been painted: the chart code (the prerendered drawings stand in
 * until then, so recharts' download and run never delay that frame), and, when the browser is
 * idle, the offline copy (every chunk, dataset and font), which on a slow network must not
 * compete with what the reader is waiting for.
 */
function AfterFirstPaint() {
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        void preloadCharts();
        const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
        whenIdle(() => void registerServiceWorker());
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return null;
}

/** The app's start, in order; main.tsx calls it once the prerendered first screen is painted. */
export async function start(): Promise<void> {
  // 1. In development only, `VITE_MOCK=1` serves the data through MSW with a named scenario.
  if (import.meta.env.DEV && import.meta.env.VITE_MOCK) {
    const { startBrowserMocks } = await import('../../mock-data/browser');
    await startBrowserMocks();
  }
  // 2. The prerendered charts, kept to stand in for the live ones while their code loads.
  keepPrerenderedCharts();
  // 3. The data the first screen shows.
  const queryClient = createQueryClient();
  await firstScreenData(queryClient);
  // 4. The live page, as a transition: React renders in slices and input goes first meanwhile.
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders client={queryClient}>
          <App />
          <AfterFirstPaint />
        </AppProviders>
      </StrictMode>,
    ),
  );
}
