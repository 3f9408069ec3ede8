import { expect, test, type Locator, type Page } from '@playwright/test';
import { CHART_SVG, scrollThroughPage } from './support';

/**
 * The chart frame's layout rules, checked where a reader would see them break: in every chart
 * on the page at phone to desktop widths and on every slide from 720p to 4K, no two texts
 * overlap and no text leaves its chart's box.
 */
const PAGE_WIDTHS = [360, 390, 768, 1366, 1920] as const;
const SLIDES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/** A chart's drawings: recharts' surfaces and the frame's own svgs (bar lists, notes). */
const DRAWINGS = `${CHART_SVG}, svg[data-chart-notes]`;

interface Problem {
  chart: string;
  problem: string;
}

/** Overlapping or escaping text boxes in each drawing under `scope`, by the drawing's panel. */
async function textProblems(scope: Locator): Promise<Problem[]> {
  return scope.locator(DRAWINGS).evaluateAll((svgs) => {
    const problems: Array<{ chart: string; problem: string }> = [];
    const SLACK = 1;
    for (const svg of svgs) {
      const name =
        svg.closest('[data-panel]')?.getAttribute('data-panel') ??
        svg.closest('article')?.querySelector('h2')?.textContent ??
        'chart';
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      for (const { text, box } of texts) {
        if (
          box.left < frame.left - SLACK ||
          box.top < frame.top - SLACK ||
          box.right > frame.right + SLACK ||
          box.bottom > frame.bottom + SLACK
        )
          problems.push({ chart: name, problem: `"${text}" leaves the chart's box` });
      }
      for (let i = 0; i < texts.length; i++)
        for (let k = i + 1; k < texts.length; k++) {
          const a = texts[i]!.box;
          const b = texts[k]!.box;
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // Glyph boxes include line spacing: a sliver of overlap is not a collision.
          if (overlapX > SLACK && overlapY > Math.min(a.height, b.height) * 0.25)
            problems.push({
              chart: name,
              problem: `"${texts[i]!.text}" overlaps "${texts[k]!.text}"`,
            });
        }
    }
    return problems;
  });
}

async function drawnPage(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto('/');
  await scrollThroughPage(page);
  await page.evaluate(() => document.fonts.ready);
}

test.describe('chart layout: no text overlaps or leaves its chart', () => {
  test.setTimeout(240_000);

  for (const width of PAGE_WIDTHS) {
    test(`on the page at ${width} px`, async ({ page }) => {
      await drawnPage(page, width);
      const charts = page.locator('section[data-panel] figure');
      await expect
        .poll(() => charts.locator(DRAWINGS).count(), { message: 'every chart drawn' })
        .toBeGreaterThanOrEqual(7);
      expect(await textProblems(page.locator('section[data-panel] figure'))).toEqual([]);
    });
  }

  for (const size of SLIDES) {
    test(`on every slide at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('/?present=1');
      const counter = page.getByTestId('slide-counter');
      await expect(counter).toHaveText(/^1 \//);
      const total = Number((await counter.innerText()).split('/')[1]);
      const problems: Problem[] = [];
      for (let n = 1; n <= total; n++) {
        await expect(counter).toHaveText(`${n} / ${total}`);
        const slide = page.locator('[data-slide]');
        await expect(slide.locator(`figure :is(${DRAWINGS})`).first()).toBeVisible();
        problems.push(...(await textProblems(slide)));
        await page.keyboard.press('ArrowRight');
      }
      expect(problems).toEqual([]);
    });
  }
});
