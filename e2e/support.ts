import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export { scrollThroughPage } from '../scripts/scroll-through-page';

/** The four core panels, by the accessible name of their region (the panel heading). */
export const PANEL_NAMES = [
  'Ranking trends',
  'Start-up growth',
  'Fintech',
  'Funding breakdown',
] as const;
export type PanelName = (typeof PANEL_NAMES)[number];

/** A panel's card: a region named by its heading. `exact`, so "Fintech" is not a table caption. */
export function panel(page: Page, name: PanelName): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The chart's SVG inside a panel: recharts' surface, or a chart drawn as plain SVG. */
export const CHART_SVG = 'svg.recharts-surface, svg[data-chart-svg]';

export function chartSurface(region: Locator): Locator {
  return region.locator(CHART_SVG);
}

/** Waits until the panel draws a chart with marks (lines, bars, dots) in it. */
export async function expectChart(region: Locator): Promise<void> {
  // A chart below the fold is drawn once the reader scrolls near it, as here.
  await region.scrollIntoViewIfNeeded();
  const surface = chartSurface(region);
  await expect(surface).toBeVisible();
  await expect
    .poll(() => surface.locator('path, rect, circle').count(), {
      message: 'the chart has no marks',
    })
    .toBeGreaterThan(0);
}

/**
 * Every panel's id, in display order, read from the registry (src/app/panel-registry.ts lists
 * each panel module as `<id>Panel`): a panel added there is checked here with no change.
 */
export const PANEL_IDS: readonly string[] = [
  ...readFileSync('src/app/panel-registry.ts', 'utf8').matchAll(/^ {2}(\w+)Panel,$/gm),
].map((match) => match[1] ?? '');
if (PANEL_IDS.length === 0) throw new Error('e2e/support.ts: no panels found in the registry');

/** Waits until the panel's figure holds a drawing: recharts marks, or an HTML bar list's bars. */
export async function expectDrawn(region: Locator): Promise<void> {
  await region.scrollIntoViewIfNeeded();
  const marks = region.locator(
    `figure :is(${CHART_SVG}) :is(path, rect, circle), figure [data-bar]`,
  );
  await expect.poll(() => marks.count(), { message: 'the chart has no marks' }).toBeGreaterThan(0);
}

/** Every panel in the registry has drawn its chart; the page is left scrolled where it was. */
export async function expectAllCharts(page: Page): Promise<void> {
  const scrollY = await page.evaluate(() => window.scrollY);
  await expect(page.locator('section[data-panel]')).toHaveCount(PANEL_IDS.length);
  for (const id of PANEL_IDS) await expectDrawn(page.locator(`section[data-panel="${id}"]`));
  await page.evaluate((y) => window.scrollTo(0, y), scrollY);
}

/** A `<table>` row, found by its row header (the first cell: a year or a sector). */
export function tableRow(region: Locator, header: string): Locator {
  return region
    .locator('table tbody tr')
    .filter({ has: region.page().getByRole('rowheader', { name: header, exact: true }) });
}

/** The PNG's width and height, from the IHDR chunk (bytes 16-23). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(signature);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
