import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { scrollThroughPage } from './support';

/**
 * Paper: the dashboard printed by Chromium (as "Save as PDF" does) on A4 and Letter, read back
 * with poppler's pdftotext. Every shown panel's title and takeaway are in the PDF, in the page's
 * order, each panel whole on one page, and nothing that only works on a screen (buttons, menus,
 * select boxes) is printed. The pages are also drawn to PNG for docs/screenshots/.
 */

const POPPLER = fs.existsSync('/usr/bin/pdftotext');

interface PanelText {
  title: string;
  takeaway: string;
  /** The panel's last words as printed (its source or note), to find which page it ends on. */
  ending: string;
}

/** Whitespace out: PDF text breaks lines (and Chinese has no spaces) where the page did not. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

async function openForPrint(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await scrollThroughPage(page);
  // What Ctrl+P and the Print / PDF button do first: every chart is drawn for paper.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-header]')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** The shown panels' text, in the order they print, read from the print layout. */
function panelTexts(page: Page): Promise<PanelText[]> {
  return page.locator('section[data-panel]:not([data-hidden])').evaluateAll((panels) =>
    panels.map((panel) => {
      const text = (panel as HTMLElement).innerText.replace(/\s+/g, '');
      return {
        title: panel.querySelector('h2')?.textContent ?? '',
        takeaway: panel.querySelector('[data-testid="takeaway"]')?.textContent ?? '',
        ending: text.slice(-24),
      };
    }),
  );
}

/** The on-screen labels of every control outside the charts (none of them belongs on paper). */
async function controlLabels(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'screen' });
  const labels = await page
    .locator('button:not(figure button), select, [role="menuitem"]')
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => !node.closest('[data-hidden]'))
        .map((node) => (node as HTMLElement).innerText.trim())
        .filter((label) => label.length > 3 && !/^\d+$/.test(label)),
    );
  await page.emulateMedia({ media: 'print' });
  return [...new Set(labels)];
}

function printPdf(page: Page, format: 'A4' | 'Letter', file: string): Promise<Buffer> {
  // Background graphics off, as the print dialog leaves them: every mark must still show.
  return page.pdf({ path: file, format, printBackground: false, preferCSSPageSize: false });
}

/**
 * The PDF's text page by page (pdftotext ends each page with a form feed), line by line as laid
 * out: in reading order pdftotext would move a run of Latin digits out of a Chinese sentence.
 */
function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  return text.split('\f').filter((page) => page.trim().length > 0);
}

/**
 * Text to find panels by, without digits: pdftotext puts the Latin digits inside a Chinese
 * sentence ("2020年23家…") on a line of their own, as their font sits a little lower on the line.
 */
const findable = (text: string) => squash(text).replace(/[0-9]/g, '');

function expectPanelsWholeAndInOrder(pages: string[], panels: PanelText[]): void {
  const squashed = pages.map(findable);
  const all = squashed.join('');
  // Where each page starts in `all`, to tell which page a piece of text was found on.
  const starts = squashed.map((_, i) => squashed.slice(0, i).join('').length);
  const pageAt = (offset: number) => starts.findLastIndex((start) => start <= offset);
  let cursor = 0;
  for (const panel of panels) {
    const title = findable(panel.title);
    const takeaway = findable(panel.takeaway);
    const ending = findable(panel.ending);
    const at = all.indexOf(title + takeaway, cursor);
    // Title then takeaway with nothing between them, after the panel before: not interleaved.
    expect(at, `"${panel.title}" and its takeaway, together and in order`).toBeGreaterThanOrEqual(
      cursor,
    );
    const end = all.indexOf(ending, at + title.length + takeaway.length);
    expect(end, `"${panel.title}" ends (…${panel.ending}) before the next panel`).toBeGreaterThan(
      at,
    );
    expect(pageAt(end), `"${panel.title}" ends on the page it starts on`).toBe(pageAt(at));
    cursor = end + ending.length;
  }
}

/** How many pixels of a page, drawn at 50 dpi, are close to the given colour. */
function pixelsLike(file: string, pageNumber: number, [r, g, b]: [number, number, number]): number {
  const ppm = execFileSync('pdftoppm', [
    '-r',
    '50',
    '-f',
    String(pageNumber),
    '-l',
    String(pageNumber),
    '-singlefile',
    file,
  ]);
  // Binary PPM: "P6", width, height, maximum value, each followed by one whitespace, then RGB.
  let at = 0;
  for (let fields = 0; fields < 4; at++) if (/\s/.test(String.fromCharCode(ppm[at]!))) fields++;
  let count = 0;
  for (let i = at; i + 2 < ppm.length; i += 3) {
    const near = Math.abs(ppm[i]! - r) + Math.abs(ppm[i + 1]! - g) + Math.abs(ppm[i + 2]! - b);
    if (near < 60) count++;
  }
  return count;
}

const RUNS = [
  { lang: 'en', format: 'A4', query: '?from=2016&index=gii', screenshots: true },
  { lang: 'en', format: 'Letter', query: '', screenshots: false },
  { lang: 'zh-Hant', format: 'A4', query: '?lang=zh-Hant', screenshots: false },
  { lang: 'zh-Hans', format: 'Letter', query: '?lang=zh-Hans&area=fintech', screenshots: false },
] as const;

test.describe('printing', () => {
  // A laptop without poppler skips; CI installs it (.ci/run), so there a missing pdftotext fails.
  test.skip(!POPPLER && !process.env.CI, 'poppler-utils (pdftotext, pdftoppm) is not installed');

  test('the Print / PDF button opens the print dialog', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-print-asked', '');
    });
    await page.getByRole('button', { name: 'Print / PDF' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-print-asked', '');
  });

  test('Ctrl+P on a phone before any chart code has loaded waits for it, then opens the dialog', async ({
    page,
  }) => {
    // No chart is on a phone's first screen, so no chart code loads until the reader acts.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await page.evaluate(() => {
      window.print = () => {
        const charts = performance
          .getEntriesByType('resource')
          .filter((entry) => /\/assets\/[a-z-]+-chart-[\w-]+\.js$/.test(entry.name));
        document.documentElement.setAttribute('data-print-charts', String(charts.length));
      };
    });
    await page.keyboard.press('Control+p');
    // Every panel's chart code was here when the dialog opened (paper draws every chart).
    await expect
      .poll(async () => Number(await page.locator('html').getAttribute('data-print-charts')))
      .toBeGreaterThanOrEqual(9);
  });

  for (const run of RUNS) {
    test(`${run.lang} on ${run.format}: every panel whole, in order, with its header and no controls`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await openForPrint(page, run.query);
      const panels = await panelTexts(page);
      expect(panels.length).toBeGreaterThan(0);
      // Each chart is drawn for the page's content width (A4 less 12 mm margins), not scaled down
      // from the screen's: its widest drawing (two side by side are half each) is that wide.
      const paperWidth = Math.floor(((210 - 2 * 12) * 96) / 25.4);
      const chartWidths = await page
        .locator('section[data-panel]:not([data-hidden]) figure')
        .evaluateAll((figures) =>
          figures.map((f) =>
            Math.max(
              ...[...f.querySelectorAll('svg[width]')].map((s) => Number(s.getAttribute('width'))),
            ),
          ),
        );
      expect(chartWidths.length).toBe(panels.length);
      for (const width of chartWidths) expect(width).toBe(paperWidth);
      const controls = await controlLabels(page);
      expect(controls.length).toBeGreaterThan(3);
      const header = page.locator('[data-print-header]');
      const headerText = await header.innerText();
      const address = await page.evaluate(() => window.location.href);

      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-'));
      const file = path.join(dir, `dashboard-${run.lang}-${run.format}.pdf`);
      await printPdf(page, run.format, file);
      const pages = pdfPages(file);
      const all = squash(pages.join(''));

      // The header: title, data date, the filters in words, and the address of this view.
      expect(squash(pages[0] ?? '')).toContain(squash(headerText.split('\n')[0] ?? ''));
      for (const line of headerText.split('\n').filter((l) => l.trim()))
        expect(all, `header line "${line}"`).toContain(squash(line));
      expect(all).toContain(squash(address));
      // Every page's margin names the view's short address (beside its QR code) and the page.
      const short = squash(address.replace(/^https?:\/\//, ''));
      pages.forEach((text, i) => {
        expect(squash(text), `page ${i + 1}`).toContain(short);
        expect(squash(text), `page ${i + 1}`).toMatch(new RegExp(`${i + 1}\\D+${pages.length}`));
      });

      expectPanelsWholeAndInOrder(pages, panels);
      // Each panel's later sources, listed after the last panel as endnotes under a heading.
      const endnotes = page.locator('[data-print-sources]');
      const heading = findable(await endnotes.locator('h2').innerText());
      const text = findable(pages.join(''));
      const lastPanel = text.lastIndexOf(findable(panels.at(-1)?.ending ?? ''));
      expect(
        text.indexOf(heading, lastPanel),
        'the endnotes follow the last panel',
      ).toBeGreaterThan(lastPanel);
      const citations = await endnotes.locator('li').allInnerTexts();
      expect(citations.length).toBeGreaterThan(run.query.includes('area=') ? 0 : 20);
      // By publisher: a line break inside a mixed Latin and Chinese title can move its digits.
      for (const citation of citations) {
        const publisher = findable(citation.split(',')[0] ?? '');
        expect(text.indexOf(publisher, lastPanel), citation).toBeGreaterThan(lastPanel);
      }

      // A printed button or select box would be a line of its own ("Export", "Chart  Table").
      const lines = pages.flatMap((text) => text.split('\n').map((line) => line.trim()));
      const controlLines = lines.filter((line) =>
        line.split(/\s{2,}/).every((part) => controls.includes(part)),
      );
      expect(controlLines, 'lines of control labels').toEqual([]);

      // Bars drawn as marks, not CSS backgrounds: with background graphics off they still print.
      if (run.lang === 'en') {
        const infrastructure = pages.findIndex((text) =>
          text.includes('Infrastructure and facilities'),
        );
        expect(infrastructure).toBeGreaterThanOrEqual(0);
        expect(
          pixelsLike(file, infrastructure + 1, [0x00, 0x72, 0xb2]),
          'the Infrastructure bars are on paper',
        ).toBeGreaterThan(1500);
      }

      if (run.screenshots) {
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '80',
          '-f',
          '1',
          '-l',
          '2',
          file,
          path.join(dir, 'page'),
        ]);
        fs.mkdirSync('docs/screenshots', { recursive: true });
        const pngs = fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.png'))
          .sort();
        expect(pngs.length).toBe(2);
        pngs.forEach((png, i) =>
          fs.copyFileSync(path.join(dir, png), `docs/screenshots/print-page-${i + 1}.png`),
        );
      }
      fs.rmSync(dir, { recursive: true, force: true });
    });
  }
});
