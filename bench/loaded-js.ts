import type { Browser } from '@playwright/test';
import { BASE_URL } from './config';
import { withPage } from './browser';

/**
 * The scripts the page actually requests before the live app has rendered its first screen (the
 * panels replace the prerendered copy). index.html's references are only part of that when the
 * first render awaits chunks it loads with import(): this list catches those too.
 */
export async function scriptsBeforeFirstRender(browser: Browser): Promise<string[]> {
  return withPage(browser, async (page) => {
    const scripts: string[] = [];
    let rendered = false;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!rendered && request.resourceType() === 'script' && url.origin === BASE_URL)
        scripts.push(url.pathname.replace(/^\//, ''));
    });
    await page.goto(`${BASE_URL}/`);
    await page.locator('section[data-panel]').first().waitFor({ timeout: 60_000 });
    rendered = true;
    return [...new Set(scripts)];
  });
}
