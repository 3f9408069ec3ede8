import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { scrollThroughPage } from '../scripts/scroll-through-page';
import { CHROME_ARGS, CHROME_EXECUTABLE, VIEWPORT } from './config';

/** Browser plumbing shared by the Playwright measurements: launch, fresh pages, readiness. */

export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    ...(CHROME_EXECUTABLE ? { executablePath: CHROME_EXECUTABLE } : {}),
    args: CHROME_ARGS,
    timeout: 60_000,
  });
  try {
    return await fn(browser);
  } finally {
    // A hung close must not keep the bench (and the server) alive.
    await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000))]);
  }
}

/** A fresh context (empty cache, no service worker) per measurement, so runs do not share state. */
export async function withPage<T>(
  browser: Browser,
  fn: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    // The production service worker would answer requests before page.route() sees them.
    serviceWorkers: 'block',
    acceptDownloads: true,
    locale: 'en-HK',
  });
  context.setDefaultTimeout(60_000);
  // tsx compiles with esbuild's keepNames, which wraps functions in `__name(...)`; functions we
  // hand to page.evaluate run in the page, where that helper must exist too.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Resolves once nothing under `selector` has changed for `quietMs` (the last charts drawn). */
export async function waitForQuiet(
  page: Page,
  selector: string,
  quietMs: number,
  timeout = 60_000,
): Promise<void> {
  await page.evaluate(
    ({ selector, quietMs, timeout }) =>
      new Promise<void>((resolve, reject) => {
        const root = document.querySelector(selector) ?? document.body;
        let last = performance.now();
        const began = last;
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(root, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        const check = () => {
          const now = performance.now();
          if (now - last >= quietMs || now - began > timeout) {
            observer.disconnect();
            if (now - last >= quietMs) resolve();
            else reject(new Error(`${selector} kept changing for ${timeout} ms`));
          } else setTimeout(check, 50);
        };
        check();
      }),
    { selector, quietMs, timeout },
  );
}

/**
 * Resolves once the live app (not the prerendered stand-in) shows every panel's content, every
 * chart is drawn (the page is scrolled through once, as the charts below the fold draw only when
 * scrolled near) and the page has stopped changing.
 * Throws as soon as a panel shows an error, with its message, so a broken build or dataset fails
 * loudly.
 */
export async function waitForDashboard(page: Page, timeout = 60_000): Promise<void> {
  await scrollThroughPage(page, timeout); // the charts below the fold draw only when scrolled near
  const handle = await page.waitForFunction(
    () => {
      if (document.querySelector('[data-prerendered]')) return null;
      const panels = [...document.querySelectorAll<HTMLElement>('section[data-panel]')];
      if (panels.length === 0) return null;
      for (const panel of panels) {
        const alert = panel.querySelector('[role="alert"]');
        if (alert) return `panel ${panel.dataset.panel ?? '?'} failed: ${alert.textContent ?? ''}`;
        if (!panel.querySelector('[data-testid="takeaway"]')) return null;
        if ([...panel.querySelectorAll('figure')].some((f) => f.childElementCount === 0))
          return null;
      }
      const charts = [
        ...document.querySelectorAll(
          'section[data-panel] :is(svg.recharts-surface, svg[data-chart-svg])',
        ),
      ];
      const drawn = charts.every((svg) => svg.querySelector('path, circle, rect'));
      return charts.length > 0 && drawn ? 'ok' : null;
    },
    undefined,
    { timeout, polling: 100 },
  );
  const state = await handle.jsonValue();
  if (state !== 'ok') throw new Error(String(state));
  await page.waitForLoadState('networkidle', { timeout });
  await waitForQuiet(page, '#root', 1000, timeout);
}
