import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pngSize, scrollThroughPage } from './support';

/**
 * Screenshots of the charts in each medium, for docs/screenshots/ (looked at when a chart's
 * layout changes): a phone's first screen and three of its panels, and slides at 1080p and 4K.
 */
const DIR = 'docs/screenshots';

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  const file = `${DIR}/${name}.png`;
  await page.mouse.move(0, 0);
  await page.screenshot({ path: file, animations: 'disabled' });
  expect(pngSize(fs.readFileSync(file))).toEqual(page.viewportSize());
}

test.describe('chart screenshots', () => {
  test.setTimeout(120_000);

  test('phone 390x844: the top and three panels', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await scrollThroughPage(page);
    await page.evaluate(() => document.fonts.ready);
    await shoot(page, 'chart-phone-390-top');
    for (const id of ['startups', 'funding', 'universities']) {
      await page.locator(`section[data-panel="${id}"] figure`).evaluate((figure) => {
        // The figure's top just under whatever sticks to the top of the screen.
        const stuck = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => getComputedStyle(el).position === 'sticky')
          .map((el) => el.getBoundingClientRect().height);
        const cover = Math.max(0, ...stuck);
        window.scrollTo(0, figure.getBoundingClientRect().top + window.scrollY - cover - 8);
      });
      await shoot(page, `chart-phone-390-${id}`);
    }
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    test(`slides at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('/?present=1');
      await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \//);
      await page.keyboard.press('2'); // Start-up growth: bars, a line, two axes and a legend
      await expect(page.locator('[data-slide] figure svg').first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await shoot(page, `chart-slide-${size.width}`);
    });
  }
});
