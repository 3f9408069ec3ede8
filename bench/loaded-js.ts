import type { Browser } from '@playwright/test';
import { BASE_URL } from './config';
import { withPage } from './browser';

/** When the live app's first panel entered the page, in the page's clock (set in the page). */
interface FirstRenderMark {
  __firstRenderAt?: number;
}

/**
 * The scripts the page requests before the live app has rendered its first screen (the panels
 * replace the prerendered copy). index.html's references are only part of that when the first
 * render awaits chunks it loads with import(): this list catches those too. Both times come from
 * the page's own clock (a MutationObserver and Resource Timing), so a chunk requested just after
 * the first render is not counted because Playwright noticed the render a few polls later.
 */
export async function scriptsBeforeFirstRender(browser: Browser): Promise<string[]> {
  return withPage(browser, async (page) => {
    await page.addInitScript(() => {
      const mark = window as FirstRenderMark;
      new MutationObserver((_, observer) => {
        if (!document.querySelector('section[data-panel]')) return;
        mark.__firstRenderAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${BASE_URL}/`);
    await page.locator('section[data-panel]').first().waitFor({ timeout: 60_000 });
    return page.evaluate((origin) => {
      const renderedAt = (window as FirstRenderMark).__firstRenderAt ?? Infinity;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < renderedAt)
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === origin && url.pathname.endsWith('.js'))
        .map((url) => url.pathname.replace(/^\//, ''));
      return [...new Set(scripts)];
    }, BASE_URL);
  });
}
