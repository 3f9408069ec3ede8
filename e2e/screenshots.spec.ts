import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAllCharts, pngSize } from './support';

/** README screenshots: the first screen as a visitor sees it, at two common desktop sizes. */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const MIN_FONT_PX = 12;
const GAP_MARK = 'n/a';

interface TickText {
  text: string;
  fontSize: number;
}

/** Every text drawn in the charts' axis ticks, with its computed font size. */
function tickTexts(page: Page): Promise<TickText[]> {
  return page
    .locator(
      'svg.recharts-surface .recharts-cartesian-axis-tick-labels text, svg[data-chart-svg] :is(.chart-value-axis, .chart-year-axis) text',
    )
    .evaluateAll((nodes) =>
      nodes.map((node) => ({
        text: (node.textContent ?? '').trim(),
        fontSize: Number.parseFloat(getComputedStyle(node).fontSize),
      })),
    );
}

async function openDashboard(page: Page): Promise<void> {
  await page.goto('/');
  await expectAllCharts(page);
  await expect(
    page.getByRole('region', { name: 'Headline figures' }).getByRole('listitem'),
  ).toHaveCount(5);
  await page.evaluate(() => document.fonts.ready);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('no horizontal overflow, readable axis ticks, screenshot for the README', async ({
      page,
    }) => {
      await openDashboard(page);

      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(widths.inner).toBe(size.width);
      expect(widths.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(widths.inner);

      // Axis tick labels (years, values, sectors) of all four charts.
      const ticks = (await tickTexts(page)).filter((tick) => tick.text !== GAP_MARK);
      expect(ticks.length).toBeGreaterThan(30);
      const small = ticks.filter((tick) => !(tick.fontSize >= MIN_FONT_PX));
      expect(small, `tick text under ${MIN_FONT_PX}px`).toEqual([]);

      const file = `docs/screenshots/dashboard-${size.width}.png`;
      fs.mkdirSync('docs/screenshots', { recursive: true });
      await page.mouse.move(0, 0);
      await page.screenshot({ path: file, fullPage: false, animations: 'disabled' });
      expect(pngSize(fs.readFileSync(file))).toEqual(size);
    });
  });
}

// The "n/a" mark under a gap year is drawn at the chart's label size, never below the minimum.
test(`the "${GAP_MARK}" mark under a gap year is at least ${MIN_FONT_PX}px`, async ({ page }) => {
  await openDashboard(page);
  const marks = (await tickTexts(page)).filter((tick) => tick.text === GAP_MARK);
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.filter((tick) => !(tick.fontSize >= MIN_FONT_PX))).toEqual([]);
});
