import type { Page } from '@playwright/test';

/**
 * Charts below the fold are drawn only once the reader scrolls near them
 * (src/components/chart/use-near-viewport.ts). This scrolls through the whole page as a reader
 * would, half a screen at a time with a frame at each stop, then back to the top, so every chart
 * is drawn. Waits first for the live app (not the prerendered stand-in) to have mounted every
 * panel (they mount one per task).
 */
export async function scrollThroughPage(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-prerendered]') &&
      document.querySelector('section[data-panel]') &&
      !document.querySelector('[data-panel-pending]'),
    undefined,
    { timeout },
  );
  const step = (page.viewportSize()?.height ?? 800) / 2;
  for (let top = 0; ; top += step) {
    const bottom = await page.evaluate(
      (y) =>
        new Promise<number>((resolve) => {
          window.scrollTo(0, y);
          // Two frames let the panels near the new position start drawing. The timer stands in
          // when headless Chromium stops producing frames, which would otherwise hang the build.
          setTimeout(() => resolve(document.documentElement.scrollHeight), 500);
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(document.documentElement.scrollHeight)),
          );
        }),
      top,
    );
    if (top >= bottom) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
