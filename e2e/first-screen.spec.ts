import { expect, test } from '@playwright/test';
import { CHART_SVG, PANEL_IDS } from './support';

test.describe('every panel is in the page at load', () => {
  test('find in page finds any panel’s words without scrolling; only charts wait', async ({
    page,
  }) => {
    await page.goto('/');
    // The live page: every panel built, with its takeaway (the prerendered copy has no test ids).
    await expect(page.getByTestId('takeaway')).toHaveCount(PANEL_IDS.length);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const words of ['Cyberport', 'Science Park', 'Karolinska', 'TSSSU']) {
      const found = await page.evaluate((text) => {
        window.scrollTo(0, 0);
        window.getSelection()?.removeAllRanges();
        // The browser's own find in page (non-standard, in Chromium), as Ctrl+F searches.
        const browserWindow = window as unknown as {
          find: (text: string, caseSensitive: boolean) => boolean;
        };
        if (!browserWindow.find(text, true)) return null;
        return window
          .getSelection()
          ?.anchorNode?.parentElement?.closest<HTMLElement>('section[data-panel]')?.dataset.panel;
      }, words);
      expect(found, `"${words}" is found in a live panel`).toBeTruthy();
    }
    // Each panel's tables are in the page too, hidden until found, while its chart shows.
    for (const id of PANEL_IDS)
      await expect(page.locator(`section[data-panel="${id}"] table`).first()).toBeAttached();
  });
});

test.describe('the start', () => {
  test('a worker loads the browser’s locale data, not the main thread', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/');
    await expect(page.getByTestId('takeaway')).toHaveCount(PANEL_IDS.length);
    expect(
      workers.filter((url) => /\/assets\/locale-data\.worker-[\w-]+\.js$/.test(url)),
    ).toHaveLength(1);
  });
});

test.describe('the first screen in each language', () => {
  const cases = [
    { locale: 'zh-HK', path: '/zh-hant/', lang: 'zh-Hant', title: '香港創新科技' },
    { locale: 'zh-CN', path: '/zh-hans/', lang: 'zh-Hans', title: '香港创新科技' },
    { locale: 'en-GB', path: '/', lang: 'en', title: 'Hong Kong Innovation & Technology' },
  ];
  for (const { locale, path, lang, title } of cases) {
    test(`a ${locale} browser gets ${path}: its prerendered charts, before any app code`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale });
      // No app code at all: what shows is the HTML alone (boot.js is not under /assets/).
      await context.route('**/assets/*.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(title);
      const copy = page.locator(`[data-prerendered="${lang}"]`);
      await expect(copy.locator('h1')).toHaveText(title);
      await expect(copy.locator(CHART_SVG).first()).toBeVisible();
      await context.close();
    });
  }

  test('a saved choice wins over the browser, and ?lang= over both', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-HK' });
    await context.addInitScript(() => localStorage.setItem('hk-innovation-lang', 'zh-Hans'));
    const page = await context.newPage();
    await page.goto('/zh-hant/');
    await expect(page).toHaveURL(/\/zh-hans\/$/);
    await page.goto('/?lang=en');
    await expect(page).toHaveURL(/\/\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Hong Kong Innovation & Technology',
    );
    await context.close();
  });
});
