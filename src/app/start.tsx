import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { loadFirstScreen } from '@/app/first-screen';
import { keepPrerenderedCharts } from '@/components/chart/chart-snapshots';
import { registerServiceWorker } from '@/app/register-service-worker';
import { createQueryClient } from '@/data/query-client';

/** In development only, `VITE_MOCK=1` serves the data through MSW's worker with a named scenario. */
async function startMocking(): Promise<void> {
  if (!import.meta.env.DEV || !import.meta.env.VITE_MOCK) return;
  const { startBrowserMocks } = await import('../../mock-data/browser');
  await startBrowserMocks();
}

async function start(): Promise<void> {
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
