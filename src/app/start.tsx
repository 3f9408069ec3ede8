import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { loadFirstScreen } from '@/app/first-screen';
import { keepPrerenderedCharts } from '@/components/chart/chart-snapshots';
import { registerServiceWorker } from '@/app/register-service-worker';
import { createQueryClient } from '@/data/query-client';
import { warmLocaleData } from '@/app/warm-locale-data';
import { yieldToMain } from '@/lib/yield-to-main';

/** In development only, `VITE_MOCK=1` serves the data through MSW's worker with a named scenario. */
async function startMocking(): Promise<void> {
  if (!import.meta.env.DEV || !import.meta.env.VITE_MOCK) return;
  const { startBrowserMocks } = await import('../../mock-data/browser');
  await startBrowserMocks();
}

async function start(): Promise<void> {
  // Running the app's modules is one long task on a slow phone: the start waits for the next.
  await yieldToMain();
  // The page's first number formatter loads the browser's locale data (13-32 ms on the bench
  // machine, 4x that on a slow phone). A worker loads it (main.tsx); should the worker be slow or
  // missing, this builds it in a task of its own here, not in the first render's.
  await warmLocaleData();
  new Intl.NumberFormat(document.documentElement.lang || undefined).format(0);
  await yieldToMain();
  await startMocking();
  const queryClient = createQueryClient();
  keepPrerenderedCharts();
  await loadFirstScreen(queryClient);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // A transition: React renders in slices and keeps the main thread free for input meanwhile.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders client={queryClient}>
          <App />
        </AppProviders>
      </StrictMode>,
    ),
  );
}

// The offline copy (every chunk, dataset and font) downloads only once the first screen is up, so
// on a slow network it never competes with what the reader is waiting for.
void start().then(() => {
  const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
  later(() => void registerServiceWorker());
});
