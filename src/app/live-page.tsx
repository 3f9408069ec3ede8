import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { registerServiceWorker } from '@/app/register-service-worker';
import { preloadCharts } from '@/components/chart/lazy-chart';

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

/**
 * The live page, as a transition: React renders in slices and input goes first meanwhile. A
 * module of its own, which main.tsx imports beside start.tsx, so evaluating React and the app is
 * a task of its own, not one with the data layer's.
 */
export function renderLivePage(root: HTMLElement, queryClient: QueryClient): void {
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
