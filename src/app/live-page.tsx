import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { registerServiceWorker } from '@/app/register-service-worker';
import {
  chartsLoaded,
  preloadCharts,
  preloadChartsOnFirstInput,
} from '@/components/chart/lazy-chart';
import { printPage } from '@/lib/use-print-medium';

/**
 * Ctrl+P (Cmd+P) before every chart's code is here: the page is laid out for paper as soon as
 * `beforeprint` returns, too soon for a chart still loading, so the dialog opens once it is here.
 */
function printWhenChartsLoad(event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'p' || chartsLoaded())
    return;
  event.preventDefault();
  void preloadCharts().then(printPage);
}

/**
 * After React's first commit: the chart code at the reader's first input (a chart on screen
 * loads its own, its prerendered drawing standing in meanwhile), and, when the browser is idle
 * after the first paint, the offline copy (every chunk, dataset and font), which on a slow
 * network must not compete with what the reader is waiting for.
 */
function AfterFirstPaint() {
  useEffect(() => preloadChartsOnFirstInput(), []);
  useEffect(() => {
    window.addEventListener('keydown', printWhenChartsLoad);
    return () => window.removeEventListener('keydown', printWhenChartsLoad);
  }, []);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
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
