import { showsPrerenderedPage } from '@/lib/prerendered-page';

/** Longest wait for the paint entry: the app never waits on a browser that does not report one. */
const MAX_WAIT_MS = 2000;

/**
 * Resolves once the browser has painted the page for the first time, or at once when there is
 * nothing to wait for: no prerendered page, a tab in the background (it paints nothing), or a
 * browser without paint timing.
 */
export function afterFirstPaint(): Promise<void> {
  if (
    !showsPrerenderedPage() ||
    document.visibilityState !== 'visible' ||
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes.includes('paint') ||
    performance.getEntriesByType('paint').length > 0
  )
    return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    const observer = new PerformanceObserver(done);
    observer.observe({ type: 'paint', buffered: true });
    const timer = setTimeout(done, MAX_WAIT_MS);
    document.addEventListener('visibilitychange', done);
  });
}
