/** Longest the app's start waits for the worker; past it the main thread loads the data itself. */
const MAX_WAIT_MS = 1000;

let warming: Promise<void> | undefined;

/**
 * Has a worker load the browser's locale data (see locale-data.worker.ts), once per page, so the
 * app's first number formatter does not load it on the main thread. Resolves when the worker is
 * done, fails or the wait is up, and at once where there are no workers; never rejects.
 */
export function warmLocaleData(): Promise<void> {
  warming ??= new Promise<void>((resolve) => {
    if (typeof Worker === 'undefined') return resolve();
    let worker: Worker;
    try {
      worker = new Worker(new URL('./locale-data.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return resolve(); // a policy or browser that refuses workers: the main thread does the work
    }
    const done = () => {
      clearTimeout(timer);
      worker.terminate();
      resolve();
    };
    const timer = setTimeout(done, MAX_WAIT_MS);
    worker.addEventListener('message', done);
    worker.addEventListener('error', done);
  });
  return warming;
}
