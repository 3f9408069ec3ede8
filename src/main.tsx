import { afterFirstPaint } from '@/app/after-first-paint';
import './index.css';

/**
 * Loads the browser's locale data off the main thread (see locale-data.worker.ts) while the app
 * downloads; nothing waits for it. Where workers are refused, the app's first formatter loads it.
 */
function warmLocaleData(): void {
  try {
    new Worker(new URL('./app/locale-data.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // no worker: the main thread does the work when it first formats a number
  }
}

// The entry: the app's code is fetched and run only once the prerendered first screen is on
// screen, since on a slow phone and network its download and run would hold back that paint.
// Everything after that happens in order in src/app/start.tsx. The live page's code (React and
// the app) is a second import beside it, so evaluating it is a task of its own rather than part
// of one long task with the data layer's (see docs/performance.md).
void afterFirstPaint().then(async () => {
  warmLocaleData();
  const livePage = import('@/app/live-page');
  const { start } = await import('@/app/start');
  await start(livePage);
});
