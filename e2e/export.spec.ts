import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { PANEL_IDS, expectChart, panel, pngSize, tableRow, type PanelName } from './support';

/**
 * Exports, checked in the files themselves: every format is downloaded from the built app and
 * opened here (PNG decoded by the browser, SVG parsed as XML, CSV parsed, ZIP and PPTX unzipped).
 */

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function ready(page: Page, url: string, name: PanelName = 'Start-up growth') {
  await page.goto(url);
  // A loaded two-core machine can take a while to draw nine panels.
  await expect(panel(page, name).getByTestId('takeaway')).toBeVisible({ timeout: 30_000 });
  await expectChart(panel(page, name));
  // Every panel in the registry is in the page (the focus area hides some).
  await expect(page.locator('section[data-panel]')).toHaveCount(PANEL_IDS.length);
}

/** The panels on show: a panel the focus area leaves out stays in the page, marked hidden. */
const SHOWN_PANELS = 'section[data-panel]:not([data-hidden])';

type Setting =
  'As on screen' | 'Slide 16:9' | 'Square' | '1×' | '2×' | '4×' | 'Keep the current theme';

/** Opens a menu, picks settings (each click leaves the menu open), then runs an action. */
async function exportFrom(
  page: Page,
  menuButton: Locator,
  action: string,
  settings: Setting[] = [],
): Promise<{ download: Download; bytes: Buffer; ms: number }> {
  await menuButton.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  for (const setting of settings) {
    const item = menu.getByRole(
      setting === 'Keep the current theme' ? 'menuitemcheckbox' : 'menuitemradio',
      {
        name: setting,
      },
    );
    await item.click();
    await expect(item).toHaveAttribute(
      'aria-checked',
      setting === 'Keep the current theme' ? /true|false/ : 'true',
    );
  }
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    menu.getByRole('menuitem', { name: action }).click(),
  ]);
  const path = await download.path();
  return { download, bytes: fs.readFileSync(path), ms: Date.now() - started };
}

const panelMenu = (page: Page, name: PanelName) =>
  panel(page, name).getByRole('button', { name: 'Export', exact: true });

/** Decodes a PNG in the browser: its size, the spread of its grey levels, and a corner pixel. */
async function inspectPng(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const width = 480;
    const height = Math.round((bitmap.height / bitmap.width) * width);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height).data;
    let sum = 0;
    let sumSq = 0;
    const n = pixels.length / 4;
    for (let i = 0; i < pixels.length; i += 4) {
      const grey = 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!;
      sum += grey;
      sumSq += grey * grey;
    }
    const mean = sum / n;
    return {
      width: bitmap.width,
      height: bitmap.height,
      variance: sumSq / n - mean * mean,
      corner: [pixels[0], pixels[1], pixels[2]] as [number, number, number],
    };
  }, bytes.toString('base64'));
}

interface SvgFacts {
  ok: boolean;
  text: string;
  width: string | null;
  height: string | null;
  bars: number;
  barFills: string[];
  varInPaint: string[];
  elements: string[];
}

/** Parses the SVG as XML in the browser and reports what a reader would look for. */
async function inspectSvg(page: Page, markup: string): Promise<SvgFacts> {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const root = doc.documentElement;
    const paint = [...doc.querySelectorAll('*')].flatMap((el) =>
      ['fill', 'stroke', 'stop-color', 'style']
        .map((name) => el.getAttribute(name) ?? '')
        .filter((value) => value.includes('var(')),
    );
    const bars = [...doc.querySelectorAll('.recharts-bar-rectangle path, path.recharts-rectangle')];
    return {
      ok: doc.getElementsByTagName('parsererror').length === 0 && root.localName === 'svg',
      text: root.textContent ?? '',
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      bars: bars.length,
      barFills: bars.map((b) => b.getAttribute('fill') ?? ''),
      varInPaint: paint,
      elements: [...new Set([...doc.querySelectorAll('*')].map((el) => el.localName))],
    };
  }, markup);
}

/** "#0072b2" or "rgb(0, 114, 178)" as "0,114,178". */
function rgb(color: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (hex)
    return hex
      .slice(1)
      .map((h) => parseInt(h, 16))
      .join(',');
  const fn = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  return fn ? fn.slice(1, 4).join(',') : color;
}

function parseCsv(bytes: Buffer | Uint8Array): {
  header: string[];
  rows: string[][];
  comments: string[];
} {
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const lines = text.split('\r\n');
  const firstTable = lines.slice(0, lines.indexOf(''));
  const parsed = Papa.parse<string[]>(firstTable.join('\r\n'), { skipEmptyLines: true });
  expect(parsed.errors, 'CSV parse errors').toEqual([]);
  const [header, ...rows] = parsed.data;
  return { header: header!, rows, comments: lines.filter((l) => l.startsWith('# ')) };
}

test.describe('exports', () => {
  test.setTimeout(180_000);

  test('the first page load requests no export code; the first export loads it', async ({
    page,
  }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    await ready(page, '/');
    await page.waitForLoadState('networkidle');
    const initial = [...loaded];
    expect(initial.filter((url) => /export-engine|pptxgen|\/zip-|\/deck-/.test(url))).toEqual([]);

    await exportFrom(page, panelMenu(page, 'Fintech'), 'CSV data');
    const later = loaded.slice(initial.length).filter((url) => url.endsWith('.js'));
    expect(
      later.some((url) => /export-engine/.test(url)),
      later.join('\n'),
    ).toBe(true);
    expect(later.filter((url) => initial.includes(url))).toEqual([]);
  });

  test('PNG: slide 16:9 at 2× (the default) is 3840×2160, drawn, with the words of the panel', async ({
    page,
  }) => {
    await ready(page, '/?from=2018&to=2020');
    const png = await exportFrom(page, panelMenu(page, 'Start-up growth'), 'PNG image');
    test.info().annotations.push({ type: 'timing', description: `2× slide PNG: ${png.ms} ms` });
    expect(png.download.suggestedFilename()).toBe(
      `hk-innovation-startups-2018-2020-${today()}.png`,
    );
    expect(pngSize(png.bytes)).toEqual({ width: 3840, height: 2160 });
    const facts = await inspectPng(page, png.bytes);
    expect(facts.variance, 'pixel variance').toBeGreaterThan(200);
    expect(facts.corner, 'white background').toEqual([255, 255, 255]);

    // The SVG of the same export holds the words the PNG was drawn from.
    const svg = await exportFrom(page, panelMenu(page, 'Start-up growth'), 'SVG image (vector)');
    const text = (await inspectSvg(page, svg.bytes.toString('utf8'))).text;
    for (const words of [
      'Start-up growth',
      'Start-ups grew from',
      'Start-ups (bars, left axis)',
      'Filters: Years 2018–2020',
      'Source: HKTDC Research',
      'Hong Kong Innovation & Technology',
      'Exported ',
    ])
      expect(text).toContain(words);
  });

  test('PNG: consecutive exports of one size each show their own panel only', async ({ page }) => {
    await ready(page, '/');
    const fintech = await exportFrom(page, panelMenu(page, 'Fintech'), 'PNG image');
    const startups = await exportFrom(page, panelMenu(page, 'Start-up growth'), 'PNG image');
    const fintechAgain = await exportFrom(page, panelMenu(page, 'Fintech'), 'PNG image');
    expect(pngSize(startups.bytes)).toEqual(pngSize(fintech.bytes));
    expect(startups.bytes.equals(fintech.bytes), 'a different panel, a different image').toBe(
      false,
    );
    // Exports draw into one reused canvas: nothing of the start-up chart may be left in the next.
    expect(fintechAgain.bytes.equals(fintech.bytes), 'the same panel, the same bytes').toBe(true);
  });

  test('PNG sizes: as on screen × density, square, 4×', async ({ page }) => {
    await ready(page, '/');
    const region = panel(page, 'Fintech');
    const box = (await region.boundingBox())!;
    const onScreen = await exportFrom(page, panelMenu(page, 'Fintech'), 'PNG image', [
      'As on screen',
      '1×',
    ]);
    expect(pngSize(onScreen.bytes)).toEqual({
      width: Math.round(box.width),
      height: Math.round(box.height),
    });
    expect((await inspectPng(page, onScreen.bytes)).variance).toBeGreaterThan(200);

    const onScreen4 = await exportFrom(page, panelMenu(page, 'Fintech'), 'PNG image', ['4×']);
    expect(pngSize(onScreen4.bytes)).toEqual({
      width: Math.round(box.width) * 4,
      height: Math.round(box.height) * 4,
    });

    const square = await exportFrom(page, panelMenu(page, 'Fintech'), 'PNG image', [
      'Square',
      '1×',
    ]);
    expect(pngSize(square.bytes)).toEqual({ width: 1080, height: 1080 });
    expect((await inspectPng(page, square.bytes)).variance).toBeGreaterThan(200);
  });

  test('SVG: valid XML with the legend, one bar per figure, and the colours of the screen', async ({
    page,
  }) => {
    await ready(page, '/');
    const region = panel(page, 'Start-up growth');
    const svg = await exportFrom(page, panelMenu(page, 'Start-up growth'), 'SVG image (vector)');
    expect(svg.download.suggestedFilename()).toBe(`hk-innovation-startups-all-${today()}.svg`);
    const facts = await inspectSvg(page, svg.bytes.toString('utf8'));
    expect(facts.ok, 'parses as SVG').toBe(true);
    expect([facts.width, facts.height]).toEqual(['1920', '1080']);
    expect(facts.text).toContain('People employed by start-ups (line, right axis)');
    expect(facts.varInPaint, 'no var() left in fill, stroke or style').toEqual([]);

    // One bar per year with a published count, as in the table view.
    await region.getByRole('button', { name: 'Table' }).click();
    const counts = await region.locator('tbody tr td:nth-of-type(1)').allInnerTexts();
    const published = counts.filter((c) => /\d/.test(c)).length;
    await region.getByRole('button', { name: 'Chart' }).click();
    await expectChart(region);
    expect(facts.bars).toBe(published);

    // The bars' colour is the one the screen resolves for --color-chart-1, not "var(…)" or black.
    const screenFill = await region
      .locator('.recharts-bar-rectangle path')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    const token = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--color-chart-1').trim(),
    );
    expect(rgb(token)).toBe(rgb(screenFill));
    expect(new Set(facts.barFills.map(rgb))).toEqual(new Set([rgb(screenFill)]));
    expect(rgb(screenFill)).not.toBe('0,0,0');
  });

  test('SVG: standalone SVG 1.1 that librsvg (rsvg-convert) draws as the browser does', async ({
    page,
  }) => {
    await ready(page, '/?from=2018&to=2020');
    const svg = await exportFrom(page, panelMenu(page, 'Start-up growth'), 'SVG image (vector)');
    const markup = svg.bytes.toString('utf8');
    const facts = await inspectSvg(page, markup);
    expect(facts.ok, 'parses as SVG').toBe(true);
    // A drawing, not a picture of the page: no HTML inside, no stylesheet to fetch.
    expect(facts.elements).not.toContain('foreignObject');
    expect(facts.elements).not.toContain('div');
    expect(markup).not.toMatch(/<link|@import|xlink:href="http/);
    expect(markup).toMatch(/<svg[^>]+version="1\.1"/);
    expect(markup).toMatch(
      /font-family="[^"]*Noto Sans CJK TC[^"]*PingFang[^"]*Microsoft JhengHei/,
    );
    const head = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      const child = (name: string) =>
        [...doc.documentElement.children].find((c) => c.localName === name)?.textContent ?? '';
      return { title: child('title'), desc: child('desc'), metadata: child('metadata') };
    }, markup);
    expect(head.title).toBe('Start-up growth');
    expect(head.desc).toContain('Start-ups grew from');
    expect(head.metadata).toContain('HKTDC Research');
    expect(head.metadata).toContain('from=2018&to=2020');
    expect(head.metadata).toContain(today());
    // A QR code to the view in the footer: dozens of dark modules drawn as one path.
    const qrModules = markup.match(/data-qr-slot[^>]*>\s*<rect[^>]*\/>\s*<path d="([^"]+)"/)?.[1];
    expect(qrModules?.split('M').length ?? 0, 'QR modules').toBeGreaterThan(50);
    // Title, legend, axis labels, filters and source are text a program can edit.
    for (const words of [
      'Start-up growth',
      'Start-ups (bars, left axis)',
      '2019',
      'Filters: Years 2018–2020',
      'Source: HKTDC Research',
    ])
      expect(facts.text).toContain(words);

    // librsvg draws it, and what it draws matches the browser's drawing of the same file.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svg-export-'));
    const file = path.join(dir, 'chart.svg');
    fs.writeFileSync(file, svg.bytes);
    const png = execFileSync('rsvg-convert', ['-w', '960', '-h', '540', file]);
    expect(pngSize(png)).toEqual({ width: 960, height: 540 });
    const rsvg = await inspectPng(page, png);
    expect(rsvg.variance, 'librsvg drew something').toBeGreaterThan(200);
    expect(rsvg.corner, 'the white card').toEqual([255, 255, 255]);
    const difference = await page.evaluate(
      async ({ xml, rendered }) => {
        const draw = async (blob: Blob) => {
          const canvas = new OffscreenCanvas(480, 270);
          const context = canvas.getContext('2d')!;
          const url = URL.createObjectURL(blob);
          const image = new Image();
          image.src = url;
          await image.decode();
          context.drawImage(image, 0, 0, 480, 270);
          URL.revokeObjectURL(url);
          return context.getImageData(0, 0, 480, 270).data;
        };
        const browser = await draw(new Blob([xml], { type: 'image/svg+xml' }));
        const bytes = Uint8Array.from(atob(rendered), (c) => c.charCodeAt(0));
        const librsvg = await draw(new Blob([bytes], { type: 'image/png' }));
        let differing = 0;
        for (let i = 0; i < browser.length; i += 4) {
          const delta =
            Math.abs(browser[i]! - librsvg[i]!) +
            Math.abs(browser[i + 1]! - librsvg[i + 1]!) +
            Math.abs(browser[i + 2]! - librsvg[i + 2]!);
          if (delta > 96) differing++;
        }
        return differing / (browser.length / 4);
      },
      { xml: markup, rendered: png.toString('base64') },
    );
    // Text antialiasing and hinting differ between the two (about 3% with the panel's text since
    // the data runs to 2025); bars, lines and words do not. A blank or half-drawn file differs by
    // far more than 5%.
    expect(difference, 'share of pixels that differ').toBeLessThan(0.05);
    test.info().annotations.push({
      type: 'rsvg',
      description: `${(difference * 100).toFixed(2)}% of pixels differ`,
    });
  });

  test('dark theme: white by default with light colours; "keep the theme" keeps it, readable', async ({
    page,
  }) => {
    await ready(page, '/?theme=dark');
    const darkFill = await panel(page, 'Start-up growth')
      .locator('.recharts-bar-rectangle path')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);

    const white = await exportFrom(page, panelMenu(page, 'Start-up growth'), 'PNG image', ['1×']);
    expect((await inspectPng(page, white.bytes)).corner).toEqual([255, 255, 255]);
    const whiteSvg = await inspectSvg(
      page,
      (
        await exportFrom(page, panelMenu(page, 'Start-up growth'), 'SVG image (vector)')
      ).bytes.toString('utf8'),
    );
    expect(whiteSvg.barFills.map(rgb)).toContain('0,114,178');

    const kept = await exportFrom(page, panelMenu(page, 'Start-up growth'), 'PNG image', [
      'Keep the current theme',
    ]);
    const keptFacts = await inspectPng(page, kept.bytes);
    expect(keptFacts.corner, 'the dark card colour').toEqual([27, 34, 48]);
    expect(keptFacts.variance).toBeGreaterThan(200);
    const keptSvg = await inspectSvg(
      page,
      (
        await exportFrom(page, panelMenu(page, 'Start-up growth'), 'SVG image (vector)')
      ).bytes.toString('utf8'),
    );
    expect(new Set(keptSvg.barFills.map(rgb))).toEqual(new Set([rgb(darkFill)]));
  });

  test('CSV: plain numbers equal to the table view, qualifiers and units in columns, sources last', async ({
    page,
  }) => {
    await ready(page, '/?from=2016&to=2020');
    const region = panel(page, 'Start-up growth');
    const csv = await exportFrom(page, panelMenu(page, 'Start-up growth'), 'CSV data');
    expect(csv.download.suggestedFilename()).toBe(
      `hk-innovation-startups-2016-2020-${today()}.csv`,
    );
    const { header, rows, comments } = parseCsv(csv.bytes);
    expect(header).toEqual([
      'Year',
      'Start-ups',
      'Start-ups: note',
      'People employed by start-ups',
      'People employed by start-ups: qualifier',
      'People employed by start-ups: note',
      'Change from previous year (derived) (%)',
      'Change from previous year (derived): note',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['2016', '2017', '2018', '2019', '2020']);

    // Each number equals the table view's, without its separators or hedges.
    await region.getByRole('button', { name: 'Table' }).click();
    for (const row of rows) {
      const cells = await tableRow(region, row[0]!).locator('td').allInnerTexts();
      const number = (text: string) => text.split('(')[0]!.replace(/[^\d.]/g, '');
      expect(row[1], `${row[0]} start-ups`).toBe(number(cells[0]!));
      expect(row[3], `${row[0]} employees`).toBe(number(cells[1]!));
    }
    const y2020 = rows.find((r) => r[0] === '2020')!;
    expect(y2020.slice(1, 6)).toEqual(['3360', '', '10000', 'over', 'also reported: 10,688']);
    expect(comments.some((c) => c.startsWith('# Source: HKTDC Research'))).toBe(true);
    expect(comments).toContain('# Filters: Years 2016–2020');
    expect(csv.bytes.toString('utf8')).not.toMatch(/\d,\d{3}(?![^"]*")/);
  });

  test('CSV: shares, compact amounts and ranks are plain numbers', async ({ page }) => {
    await ready(page, '/', 'Funding breakdown');
    // Two tables: one CSV each, in a ZIP (e2e/export-files.spec.ts checks the names).
    const zipped = unzipSync(
      (await exportFrom(page, panelMenu(page, 'Funding breakdown'), 'CSV data')).bytes,
    );
    const [sectors, lines] = Object.keys(zipped)
      .sort()
      .map((n) => zipped[n]!);
    const funding = parseCsv(sectors!);
    expect(funding.header).toEqual([
      'Sector',
      'Share of projects (%)',
      'Share of projects: note',
      'Projects (derived)',
      'Projects (derived): qualifier',
    ]);
    expect(funding.rows.find((r) => r[0] === 'Foundation industries')).toEqual([
      'Foundation industries',
      '17',
      '',
      '3231',
      'about',
    ]);
    const file = strFromU8(lines!);
    expect(file).toContain('# Table 2 of 2: Funding lines named in the article');
    expect(file).toMatch(/ITF funding approved,22400000000,HK\$,about/);

    const rankings = parseCsv(
      (await exportFrom(page, panelMenu(page, 'Ranking trends'), 'CSV data')).bytes,
    );
    const y2020 = rankings.rows.find((r) => r[0] === '2020')!;
    expect(rankings.header.slice(0, 3)).toEqual([
      'Year',
      'Global Innovation Index (rank)',
      'Global Innovation Index: out of',
    ]);
    expect(y2020.slice(0, 3)).toEqual(['2020', '11', '131']);
  });

  test('Copy image puts a PNG (with its caption) on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page, '/');
    await panelMenu(page, 'Fintech').click();
    await page.getByRole('menuitemradio', { name: '1×' }).click();
    await page.getByRole('menuitem', { name: 'Copy image' }).click();
    await expect(panel(page, 'Fintech').getByRole('status')).toHaveText(
      'Image copied to the clipboard',
      {
        timeout: 30_000,
      },
    );
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { types: [...item!.types].sort(), width: bitmap.width, height: bitmap.height };
    });
    expect(copied).toEqual({
      types: ['image/png', 'text/html', 'text/plain'],
      width: 1920,
      height: 1080,
    });
  });

  test('the Export menu works from the keyboard', async ({ page }) => {
    await ready(page, '/');
    const button = panelMenu(page, 'Fintech');
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Export Fintech' });
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('menuitemradio', { name: 'As on screen' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitemradio', { name: 'Slide 16:9' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByRole('menuitem', { name: /^Embed/ })).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    await expect(menu.getByRole('menuitemradio', { name: 'As on screen' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(menu, 'a setting leaves the menu open').toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();
    // Arrow up opens on the last item; Escape returns focus again.
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: /^Embed/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();
  });

  test('Export all: one ZIP with every panel’s PNG and CSV and a README of sources, with progress', async ({
    page,
  }) => {
    await ready(page, '/?from=2018&to=2020');
    const bar = page.getByTestId('export-all');
    const panels = await page
      .locator(SHOWN_PANELS)
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-panel')!));
    expect(panels.length).toBeGreaterThanOrEqual(4);

    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await bar.getByRole('button', { name: 'Export all' }).click();
    await page.getByRole('menuitemradio', { name: '1×' }).click();
    const started = Date.now();
    const waiting = page.waitForEvent('download', { timeout: 150_000 });
    await page.getByRole('menuitem', { name: /^ZIP/ }).click();
    // Progress is shown, and neither export can start again meanwhile.
    await expect(bar.getByRole('status')).toContainText(/Exporting \d+ of \d+/);
    await expect(bar.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Meeting deck' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await bar.getByRole('button', { name: 'Meeting deck' }).click({ force: true });
    const download = await waiting;
    test.info().annotations.push({
      type: 'timing',
      description: `ZIP of all panels: ${Date.now() - started} ms`,
    });
    expect(download.suggestedFilename()).toBe(`hk-innovation-all-panels-2018-2020-${today()}.zip`);

    const files = unzipSync(fs.readFileSync(await download.path()));
    const names = Object.keys(files).sort();
    // Each panel: its PNG and one CSV per table (`-table-2` and so on when it has several).
    expect(names).toContain('README.txt');
    for (const id of panels) {
      const filters = ['rankings', 'startups', 'fintech', 'rnd'].includes(id) ? '2018-2020' : 'all';
      expect(names).toContain(`hk-innovation-${id}-${filters}-${today()}.png`);
      const csvs = names.filter((n) =>
        new RegExp(`^hk-innovation-${id}(-table-\\d+)?-${filters}-${today()}\\.csv$`).test(n),
      );
      expect(csvs.length, `${id}: its CSVs`).toBeGreaterThanOrEqual(1);
    }
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(panels.length);
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toContain('Filters: Years 2018–2020');
    expect(readme).toContain('HKTDC Research, “Innovation and Technology Industry in Hong Kong”');
    expect(readme).toContain('All sources');
    const png = files[`hk-innovation-fintech-2018-2020-${today()}.png`]!;
    expect(pngSize(Buffer.from(png))).toEqual({ width: 1920, height: 1080 });
    expect(
      parseCsv(files[`hk-innovation-fintech-2018-2020-${today()}.csv`]!).rows.length,
    ).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(downloads, 'the second click started nothing').toHaveLength(1);
    await expect(bar.getByRole('status')).toContainText('Saved hk-innovation-all-panels');
  });

  test('Meeting deck: a 16:9 PowerPoint file with title, panel and sources slides and notes', async ({
    page,
  }) => {
    await ready(page, '/?area=fintech', 'Fintech');
    const titles = await page.locator(`${SHOWN_PANELS} h2`).allInnerTexts();
    const panels = titles.length;
    const bar = page.getByTestId('export-all');
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 150_000 }),
      bar.getByRole('button', { name: 'Meeting deck' }).click(),
    ]);
    test.info().annotations.push({
      type: 'timing',
      description: `Meeting deck: ${Date.now() - started} ms`,
    });
    expect(download.suggestedFilename()).toBe(`hk-innovation-meeting-deck-fintech-${today()}.pptx`);
    const files = unzipSync(fs.readFileSync(await download.path()));
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const notes = Object.keys(files).filter((n) =>
      /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n),
    );
    const text = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`]!);
    const sourceSlides = slides.filter((n) => /<a:t>Sources/.test(strFromU8(files[n]!))).length;
    expect(sourceSlides).toBeGreaterThanOrEqual(1);
    // A title slide, each panel (a picture's table follows it), the sources.
    expect(slides.length).toBeGreaterThanOrEqual(1 + panels + sourceSlides);
    expect(notes.length).toBeGreaterThanOrEqual(panels);
    const presentation = strFromU8(files['ppt/presentation.xml']!);
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(text(1)).toContain('Hong Kong Innovation &amp; Technology');
    expect(text(1)).toContain('Focus: Financial technologies');
    const all = slides.map((n) => strFromU8(files[n]!));
    for (const title of titles)
      expect(all.some((xml) => xml.includes(`<a:t>${title.replace('&', '&amp;')}</a:t>`))).toBe(
        true,
      );
    // Native charts where they have a form (e2e/export-files.spec.ts checks their styling).
    expect(Object.keys(files).some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    const panelNotes = notes
      .map((n) => strFromU8(files[n]!))
      .filter((xml) => xml.includes('Takeaway:'));
    expect(panelNotes).toHaveLength(panels);
    for (const xml of panelNotes) {
      expect(xml).toContain('Source: ');
      expect(xml).toContain('Filters: ');
    }
  });

  test('a failed export says why and leaves the page working; the next export succeeds', async ({
    page,
  }) => {
    await page.route(/pptxgen[^/]*\.js$/, (route) => route.abort());
    await ready(page, '/?area=biotech', 'Funding breakdown');
    const bar = page.getByTestId('export-all');
    await bar.getByRole('button', { name: 'Meeting deck' }).click();
    const alert = bar.getByRole('alert');
    await expect(alert).toContainText('The export tools could not be loaded', { timeout: 60_000 });
    await expect(bar.getByRole('button', { name: 'Meeting deck' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByTestId('export-stage')).toHaveCount(0);
    // The page still works: the view switch, the filters, and the other exports.
    const region = panel(page, 'Funding breakdown');
    await region.getByRole('button', { name: 'Table' }).click();
    await expect(region.getByRole('table').first()).toBeVisible();
    const csv = await exportFrom(page, panelMenu(page, 'Funding breakdown'), 'CSV data');
    const [first] = Object.values(unzipSync(csv.bytes));
    expect(parseCsv(first!).rows.length).toBeGreaterThan(0);
  });

  test('an export that cannot load its code says so, inside the panel', async ({ page }) => {
    await page.route(/export-engine-[^/]+\.js$/, (route) => route.abort());
    await ready(page, '/');
    await panelMenu(page, 'Fintech').click();
    await page.getByRole('menuitem', { name: 'PNG image' }).click();
    const alert = panel(page, 'Fintech').getByRole('alert');
    await expect(alert).toContainText('The export tools could not be loaded');
    await expect(panelMenu(page, 'Fintech')).toBeFocused();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
  });

  test('text from the data stays text in the SVG and the CSV', async ({ page }) => {
    const hostile = '<img src=x onerror="window.__hacked=1">Press & “Co”';
    await page.route('**/data/fintech.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { sources: Array<{ publisher: string }> };
      data.sources[0]!.publisher = hostile;
      await route.fulfill({ response, json: data });
    });
    await ready(page, '/', 'Fintech');
    const svg = (
      await exportFrom(page, panelMenu(page, 'Fintech'), 'SVG image (vector)')
    ).bytes.toString('utf8');
    const facts = await inspectSvg(page, svg);
    expect(facts.ok).toBe(true);
    expect(facts.text).toContain(hostile);
    expect(facts.elements).not.toContain('img');
    const csv = (await exportFrom(page, panelMenu(page, 'Fintech'), 'CSV data')).bytes.toString(
      'utf8',
    );
    expect(csv).toContain(`# Source: ${hostile}`);
    expect(
      await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked),
    ).toBeUndefined();
  });
});
