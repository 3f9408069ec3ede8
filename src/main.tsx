import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { registerServiceWorker } from '@/app/register-service-worker';
import './index.css';

/** In development only, `VITE_MOCK=1` serves the data through MSW's worker with a named scenario. */
async function startMocking(): Promise<void> {
  if (!import.meta.env.DEV || !import.meta.env.VITE_MOCK) return;
  const { startBrowserMocks } = await import('../mock-data/browser');
  await startBrowserMocks();
}

void registerServiceWorker();

void startMocking().then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <App />
      </AppProviders>
    </StrictMode>,
  );
});
