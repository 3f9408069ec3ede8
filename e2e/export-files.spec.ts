import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readPngText } from '../src/lib/export/png-metadata';
import { expectChart, panel, type PanelName } from './support';

/**
 * Exports that keep working after they leave the browser: native charts and CJK fonts in the
 * deck, sheets in the workbook, one CSV per table, metadata read back from a PNG and an SVG, the
 * language in file names, and what Copy image puts on the clipboard. Each file is opened here
 * with a reader this project did not write (fflate's unzip, the PNG chunks, the XML parts).
 */

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Where the deck and workbook are left for the LibreOffice screenshots (docs/screenshots). */
const KEEP = process.env.EXPORT_KEEP_DIR;

async function ready(page: Page, url: string, name: PanelName = 'Start-up growth') {
  await page.goto(url);
  await expect(panel(page, name).getByTestId('takeaway')).toBeVisible({ timeout: 30_000 });
  await expectChart(panel(page, name));
  await expect(page.locator('section[data-panel]')).toHaveCount(9);
}

async function download(page: Page, start: () => Promise<unknown>) {
  const started = Date.now();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 150_000 }), start()]);
  const bytes = fs.readFileSync(await file.path());
  return { file, bytes, ms: Date.now() - started };
}

async function fromMenu(page: Page, menuButton: Locator, action: string) {
  await menuButton.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  return download(page, () => menu.getByRole('menuitem', { name: action }).click());
}

const panelMenu = (page: Page, name: PanelName) =>
  panel(page, name).getByRole('button', { name: 'Export', exact: true });

const parts = (bytes: Buffer) => unzipSync(new Uint8Array(bytes));
const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]!);
const named = (files: Record<string, Uint8Array>, pattern: RegExp) =>
  Object.keys(files)
    .filter((n) => pattern.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));

function timing(description: string) {
  test.info().annotations.push({ type: 'timing', description });
  console.log(`timing: ${description}`);
}

test.describe('meeting deck', () => {
  test('native charts with our styling, notes with addresses, a QR code on every slide', async ({
    page,
  }) => {
    await ready(page, '/');
    const bar = page.getByTestId('export-all');
    const { file, bytes, ms } = await download(page, () =>
      bar.getByRole('button', { name: 'Meeting deck' }).click(),
    );
    timing(`Meeting deck, 9 panels, English: ${ms} ms`);
    if (KEEP) fs.writeFileSync(`${KEEP}/deck-en.pptx`, bytes);
    expect(file.suggestedFilename()).toBe(`hk-innovation-meeting-deck-all-${today()}.pptx`);
    const files = parts(bytes);

    // Charts PowerPoint can edit: each with its own embedded workbook ("Edit data").
    const charts = named(files, /^ppt\/charts\/chart\d+\.xml$/);
    // Rankings, Fintech, Funding, Infrastructure and Talent; the others are a picture and a table.
    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(named(files, /^ppt\/embeddings\/.+\.xlsx$/)).toHaveLength(charts.length);
    const rankings = charts.map((c) => text(files, c)).find((xml) => xml.includes('<c:lineChart>'));
    expect(rankings, 'the rankings are a native line chart').toBeDefined();
    // Rank 1 at the top, gaps as gaps, each index its own colour, dash and marker.
    expect(rankings).toMatch(/<c:valAx>[\s\S]*<c:orientation val="maxMin"\/>/);
    expect(rankings).toContain('<c:dispBlanksAs val="gap"/>');
    expect(rankings).toContain('<a:srgbClr val="0072B2"/>');
    expect(rankings).toContain('<a:srgbClr val="C2410C"/>');
    expect(rankings).toContain('<a:prstDash val="dash"/>');
    expect(rankings).toContain('<c:symbol val="circle"/>');
    expect(rankings).toContain('<c:symbol val="square"/>');
    expect(rankings).not.toMatch(/<c:v><\/c:v>/);
    const bars = charts.map((c) => text(files, c)).filter((xml) => xml.includes('<c:barChart>'));
    expect(bars.length).toBeGreaterThanOrEqual(4);

    // Pictures only where there is no faithful native form, then their table.
    const slides = named(files, /^ppt\/slides\/slide\d+\.xml$/).map((s) => text(files, s));
    expect(slides.some((xml) => xml.includes('Start-up growth: the figures'))).toBe(true);
    expect(slides.filter((xml) => xml.includes('<a:tbl>')).length).toBeGreaterThan(0);

    // Every slide carries the view's short address (its QR code is the image beside it).
    const origin = new URL(page.url()).host;
    for (const xml of slides) expect(xml).toContain(`<a:t>${origin}/`);

    const notes = named(files, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((n) => text(files, n));
    const panelNotes = notes.filter((xml) => xml.includes('Takeaway:'));
    expect(panelNotes.length).toBeGreaterThanOrEqual(9);
    for (const xml of panelNotes) {
      expect(xml).toContain('Filters: ');
      expect(xml).toMatch(/Source: [^<]+https?:\/\//);
      expect(xml).toContain(`View online: http://${origin}/`);
    }
    // English text names Arial and carries its language.
    expect(slides[1]).toContain('lang="en-GB"');
  });

  test('Compare with: each peer is a line of its own in the native rankings chart', async ({
    page,
  }) => {
    await ready(page, '/?compare=singapore,switzerland&index=gii', 'Ranking trends');
    const bar = page.getByTestId('export-all');
    const { bytes } = await download(page, () =>
      bar.getByRole('button', { name: 'Meeting deck' }).click(),
    );
    const files = parts(bytes);
    const rankings = named(files, /^ppt\/charts\/chart\d+\.xml$/)
      .map((c) => text(files, c))
      .find((xml) => xml.includes('<c:lineChart>'));
    expect(rankings, 'the rankings are a native line chart').toBeDefined();
    const names = [...(rankings ?? '').matchAll(/<c:tx>[\s\S]*?<c:v>([^<]+)<\/c:v>/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual([
      'Hong Kong: Global Innovation Index',
      'Singapore: Global Innovation Index',
      'Switzerland: Global Innovation Index',
    ]);
    // Peers: dotted and thinner, Singapore's diamond and Switzerland's square, as on the page.
    const series = (rankings ?? '').split('<c:ser>').slice(1);
    expect(series[1]).toContain('<a:prstDash val="sysDot"/>');
    expect(series[1]).toContain('<c:symbol val="diamond"/>');
    expect(series[2]).toContain('<c:symbol val="square"/>');
    expect(series[0]).toContain('<c:symbol val="circle"/>');
    expect(series[0]).not.toContain('sysDot');
    expect(series[0]).toContain('<a:ln w="38100"');
    expect(series[1]).toContain('<a:ln w="19050"');
  });

  test('a saved deck as PowerPoint: its slides, filters, titles, highlight and speaker notes', async ({
    page,
    context,
  }) => {
    const deck = {
      version: 1,
      id: 'board1',
      name: 'Board meeting',
      slides: [
        {
          id: 'a1',
          panel: 'rankings',
          filters: 'from=2016&to=2020&index=gii',
          view: 'chart',
          title: 'Hong Kong climbs the rankings',
          note: 'Open with the 2020 rank.',
          highlight: { target: { kind: 'year', year: 2020 }, note: 'Best GII rank' },
        },
        { id: 'a2', panel: 'startups', filters: 'from=2018', view: 'chart' },
      ],
    };
    await context.addInitScript(
      (stored) => {
        localStorage.setItem('hk-innovation.decks', stored);
      },
      JSON.stringify({ activeId: 'board1', decks: [deck] }),
    );
    // The dashboard's own filters differ from the slides': the file follows the slides.
    await ready(page, '/?from=2022');
    await page.getByTestId('deck-button').click();
    const editor = page.getByTestId('deck-editor');
    const { file, bytes } = await download(page, () =>
      editor.getByRole('button', { name: 'PowerPoint (.pptx)' }).click(),
    );
    if (KEEP) fs.writeFileSync(`${KEEP}/deck-saved.pptx`, bytes);
    expect(file.suggestedFilename()).toBe(`hk-innovation-deck-board-meeting-${today()}.pptx`);
    const files = parts(bytes);
    const slides = named(files, /^ppt\/slides\/slide\d+\.xml$/)
      .sort((a, b) => Number(a.match(/\d+/g)?.at(-1)) - Number(b.match(/\d+/g)?.at(-1)))
      .map((name) => text(files, name));
    expect(slides[0]).toContain('<a:t>Board meeting</a:t>');
    expect(slides[1]).toContain('<a:t>Hong Kong climbs the rankings</a:t>');
    expect(slides[1]).toContain('Highlight: 2020 Best GII rank');
    expect(slides[1]).toContain('Years 2016–2020');
    expect(slides[2]).toContain('<a:t>Start-up growth</a:t>');
    // The rankings chart is native, with the slide's years only.
    const chart = named(files, /^ppt\/charts\/chart\d+\.xml$/).map((c) => text(files, c))[0] ?? '';
    const years = [...chart.matchAll(/<c:pt idx="\d+"><c:v>(20\d\d)<\/c:v><\/c:pt>/g)].map(
      (m) => m[1],
    );
    expect([...new Set(years)]).toEqual(['2016', '2017', '2018', '2019', '2020']);
    // The speaker note comes first in the slide's notes, then the takeaway and the slide's address.
    const notes = named(files, /^ppt\/notesSlides\/notesSlide\d+\.xml$/)
      .map((n) => text(files, n))
      .find((xml) => xml.includes('Open with the 2020 rank.'));
    expect(notes).toBeDefined();
    const spoken = (notes ?? '').replace(/<[^>]+>/g, '');
    expect(spoken.indexOf('Open with the 2020 rank.')).toBeLessThan(spoken.indexOf('Takeaway:'));
    expect(spoken).toContain('from=2016&amp;to=2020&amp;index=gii#rankings');
  });

  test('繁體中文: a Traditional Chinese font with its fallback charset and zh-HK on every run', async ({
    page,
  }) => {
    await page.goto('/?lang=zh-Hant');
    await expect(page.locator('section[data-panel]')).toHaveCount(9, { timeout: 30_000 });
    await expect(
      page.getByRole('region', { name: '初創企業增長' }).getByTestId('takeaway'),
    ).toBeVisible({
      timeout: 30_000,
    });
    const bar = page.getByTestId('export-all');
    const { file, bytes, ms } = await download(page, () =>
      bar.getByRole('button', { name: '會議簡報' }).click(),
    );
    timing(`Meeting deck, 9 panels, 繁體中文: ${ms} ms`);
    if (KEEP) fs.writeFileSync(`${KEEP}/deck-zh-hant.pptx`, bytes);
    expect(file.suggestedFilename()).toBe(`hk-innovation-meeting-deck-all-zh-hant-${today()}.pptx`);
    const files = parts(bytes);
    const slide = text(files, 'ppt/slides/slide2.xml');
    expect(slide).toContain('lang="zh-HK"');
    expect(slide).toContain(
      '<a:ea typeface="Microsoft JhengHei" pitchFamily="34" charset="-120"/>',
    );
    expect(slide).not.toContain('typeface="Arial"');
    const theme = text(files, 'ppt/theme/theme1.xml');
    expect(theme).toContain('<a:font script="Hant" typeface="Microsoft JhengHei"/>');
    const chart = text(files, named(files, /^ppt\/charts\/chart\d+\.xml$/)[0]!);
    expect(chart).toContain('<a:ea typeface="Microsoft JhengHei"/>');
  });
});

test.describe('Excel workbook', () => {
  test('Export all: one sheet per table, numbers as numbers, frozen headers, Sources with addresses', async ({
    page,
  }) => {
    await ready(page, '/');
    const bar = page.getByTestId('export-all');
    const { file, bytes, ms } = await fromMenu(
      page,
      bar.getByRole('button', { name: 'Export all' }),
      "Excel workbook: every panel's tables (.xlsx)",
    );
    timing(`Excel workbook, 9 panels: ${ms} ms`);
    if (KEEP) fs.writeFileSync(`${KEEP}/workbook.xlsx`, bytes);
    expect(file.suggestedFilename()).toBe(`hk-innovation-all-panels-all-${today()}.xlsx`);
    const files = parts(bytes);
    const workbook = text(files, 'xl/workbook.xml');
    const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toContain('Start-up growth');
    expect(sheets).toContain('Funding breakdown 1');
    expect(sheets).toContain('Funding breakdown 2');
    expect(sheets.slice(-2)).toEqual(['About', 'Sources']);
    const strings = text(files, 'xl/sharedStrings.xml');
    const startups = text(files, `xl/worksheets/sheet${sheets.indexOf('Start-up growth') + 1}.xml`);
    expect(startups).toContain('state="frozen"');
    // 3,360 start-ups in 2020: a number cell, not the text "3,360".
    expect(startups).toMatch(/<c r="B\d+"[^>]*><v>3360<\/v><\/c>/);
    expect(strings).not.toContain('3,360');
    const sources = text(files, `xl/worksheets/sheet${sheets.length}.xml`);
    expect(sources).toContain('state="frozen"');
    expect(strings).toMatch(/https:\/\/[^<]+/);
  });
});

test.describe('CSV and file names', () => {
  test('a panel with several tables gives one CSV per table; names carry the language', async ({
    page,
  }) => {
    await ready(page, '/?from=2018&to=2020');
    const funding = await fromMenu(page, panelMenu(page, 'Funding breakdown'), 'CSV data');
    expect(funding.file.suggestedFilename()).toBe(`hk-innovation-funding-csv-all-${today()}.zip`);
    const csvs = Object.keys(parts(funding.bytes)).sort();
    expect(csvs).toEqual([
      `hk-innovation-funding-table-1-all-${today()}.csv`,
      `hk-innovation-funding-table-2-all-${today()}.csv`,
    ]);
    const [first, second] = csvs.map((n) => strFromU8(parts(funding.bytes)[n]!));
    // Each file is one clean block: a header row, rows of one shape, then the # lines.
    expect(first!.split('\r\n')[0]).toMatch(/^Sector,/);
    expect(second!.split('\r\n')[0]).toMatch(/^Funding line,/);
    expect(first).toContain('# Table 1 of 2: ');

    const xlsx = await fromMenu(page, panelMenu(page, 'Start-up growth'), 'Excel workbook (.xlsx)');
    expect(xlsx.file.suggestedFilename()).toBe(`hk-innovation-startups-2018-2020-${today()}.xlsx`);

    await page.goto('/?from=2018&to=2020&lang=zh-Hant');
    const startups = page.getByRole('region', { name: '初創企業增長' });
    await expect(startups.getByTestId('takeaway')).toBeVisible({ timeout: 30_000 });
    await startups.getByRole('button', { name: '匯出', exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menu').getByRole('menuitem', { name: 'CSV數據' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(
      `hk-innovation-startups-2018-2020-zh-hant-${today()}.csv`,
    );
  });
});

test.describe('provenance in images', () => {
  test('a PNG carries title, source, address, date and licence; an SVG its metadata', async ({
    page,
  }) => {
    await ready(page, '/?from=2018&to=2020');
    const png = await fromMenu(page, panelMenu(page, 'Start-up growth'), 'PNG image');
    const meta = readPngText(new Uint8Array(png.bytes));
    expect(meta.Title).toBe('Start-up growth');
    expect(meta.Source).toMatch(/https?:\/\//);
    expect(meta.URL).toBe(`${new URL(page.url()).origin}/?from=2018&to=2020#startups`);
    expect(meta['Creation Time']).toBe(today());
    expect(meta.Copyright).toContain('credit');
    expect(meta.Description).toBe(
      await panel(page, 'Start-up growth').getByTestId('takeaway').innerText(),
    );

    const svg = await fromMenu(page, panelMenu(page, 'Start-up growth'), 'SVG image (vector)');
    const found = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const root = doc.documentElement;
      const dc = 'http://purl.org/dc/elements/1.1/';
      return {
        first: [...root.children].slice(0, 3).map((c) => c.localName),
        title: root.querySelector(':scope > title')?.textContent,
        identifier: doc.getElementsByTagNameNS(dc, 'identifier')[0]?.textContent,
        sources: doc.getElementsByTagNameNS(dc, 'source').length,
        rights: doc.getElementsByTagNameNS(dc, 'rights')[0]?.textContent,
      };
    }, svg.bytes.toString('utf8'));
    expect(found.first).toEqual(['title', 'desc', 'metadata']);
    expect(found.title).toBe('Start-up growth');
    expect(found.identifier).toMatch(/\/\?from=2018&to=2020#startups$/);
    expect(found.sources).toBeGreaterThan(0);
    expect(found.rights).toContain('credit');
  });

  test('Copy image puts a PNG, an HTML caption with linked sources and plain text on the clipboard', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page, '/');
    await panelMenu(page, 'Fintech').click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Copy image' }).click();
    await expect(panel(page, 'Fintech').getByRole('status')).toContainText('copied', {
      timeout: 60_000,
    });
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const html = await (await item.getType('text/html')).text();
      const plain = await (await item.getType('text/plain')).text();
      const png = await item.getType('image/png');
      return { types: [...item.types].sort(), html, plain, pngSize: png.size };
    });
    expect(clip?.types).toEqual(['image/png', 'text/html', 'text/plain']);
    expect(clip?.pngSize).toBeGreaterThan(10_000);
    expect(clip?.html).toContain('<strong>Fintech</strong>');
    expect(clip?.html).toMatch(/<a href="https:\/\/[^"]+">/);
    expect(clip?.html).toContain('<img src="data:image/png;base64,');
    expect(clip?.plain).toMatch(/^Fintech\nSource: .+\nView online: http/);
  });
});
