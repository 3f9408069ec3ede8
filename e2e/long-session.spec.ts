import { expect, test, type CDPSession, type Page } from '@playwright/test';

/** Live timers, counted by wrapping the timer functions before the app starts. */
async function countTimers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const live = new Set<number>();
    const w = window as unknown as { liveTimers: () => number };
    const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = st(
        (...a: unknown[]) => {
          live.delete(id);
          if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
        },
        ms,
        ...args,
      );
      live.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) live.delete(id);
      ct(id);
    }) as typeof window.clearTimeout;
    window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = si(fn, ms, ...args);
      live.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) live.delete(id);
      ci(id);
    }) as typeof window.clearInterval;
    w.liveTimers = () => live.size;
  });
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function windowListeners(cdp: CDPSession): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId!,
  });
  return listeners.length;
}

test('a lobby screen changing slides 1,000 times does not grow', async ({ page }) => {
  test.setTimeout(600_000);
  await countTimers(page);
  await page.goto('/?present=1');
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText(/^1 \//);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  // Key presses dispatched inside the page, one per frame, as a clicker would send them.
  const step = (n: number) =>
    page.evaluate(async (count) => {
      for (let i = 0; i < count; i += 1) {
        const key = i % 9 === 8 ? 'Home' : 'ArrowRight';
        window.dispatchEvent(new KeyboardEvent('keydown', { key }));
        window.dispatchEvent(new KeyboardEvent('keyup', { key }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    }, n);
  // Measured on the same slide each time (a multiple of the 9-step cycle): slides differ in listeners.
  await step(99);
  const heap100 = await heapAfterGc(cdp);
  const listeners100 = await windowListeners(cdp);
  const timers100 = await page.evaluate(() =>
    (window as unknown as { liveTimers: () => number }).liveTimers(),
  );

  await step(900);
  const heap1000 = await heapAfterGc(cdp);
  const listeners1000 = await windowListeners(cdp);
  const timers1000 = await page.evaluate(() =>
    (window as unknown as { liveTimers: () => number }).liveTimers(),
  );

  console.log(
    `heap after 99 changes: ${(heap100 / 1e6).toFixed(1)} MB, after 999: ${(heap1000 / 1e6).toFixed(1)} MB; ` +
      `window listeners ${listeners100} -> ${listeners1000}; live timers ${timers100} -> ${timers1000}`,
  );
  expect(heap1000).toBeLessThanOrEqual(heap100 * 1.2);
  expect(listeners1000).toBeLessThanOrEqual(listeners100);
  expect(timers1000).toBeLessThanOrEqual(timers100 + 2);
});
