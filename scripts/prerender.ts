/**
 * After `vite build`: draws the dashboard's default view in Chromium at 1920x1080 and writes what
 * it drew into dist/index.html, so the first screen (text and chart SVG) paints from the HTML
 * alone, before any JavaScript has loaded. React's first render then replaces it (src/app/start.tsx).
 * Without a browser (a laptop before `npx playwright install chromium`) the build still works:
 * the page just starts empty, as it would without this step.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './browser';
import { scrollThroughPage } from './scroll-through-page';
import { withIndexRevision, withPrerenderedRoot } from './prerender-html';

/** The build to prerender: `dist/`, or the folder given as the first argument. */
const OUT_DIR = process.argv[2] ?? 'dist';
const DIST = pathToFileURL(`${path.resolve(OUT_DIR)}/`);
const VIEWPORT = { width: 1920, height: 1080 };
/**
 * Panels that start below the first screen are left out (an empty card of their height stands in):
 * nobody sees them before React runs, and each chart's markup costs style and layout time on a
 * slow phone before the first paint.
 */
const KEEP_PANELS_ABOVE_PX = VIEWPORT.height;

/** The #root markup once every panel has drawn, with charts made fluid for other widths. */
async function captureRoot(page: Page): Promise<string> {
  await scrollThroughPage(page); // the charts below the fold draw only when scrolled near
  await page.waitForFunction(
    () =>
      document.querySelectorAll('section[data-panel]').length > 0 &&
      !document.querySelector('[aria-busy="true"]') &&
      [...document.querySelectorAll('section[data-panel] figure')].every(
        (figure) => figure.childElementCount > 0,
      ),
    undefined,
    { timeout: 60_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500); // the charts' last resize settles
  return page.evaluate((keepAbove) => {
    const root = document.getElementById('root');
    if (!root) throw new Error('no #root');
    const tops = new Map(
      [...root.querySelectorAll('section[data-panel]')].map((s) => [
        s.getAttribute('data-panel'),
        s.getBoundingClientRect().top + window.scrollY,
      ]),
    );
    const copy = root.cloneNode(true) as HTMLElement;
    // A select's choice is a property, not markup: write it down so the copy shows it.
    const liveSelects = [...root.querySelectorAll('select')];
    copy.querySelectorAll('select').forEach((select, i) => {
      const chosen = liveSelects[i]?.selectedIndex ?? -1;
      select.querySelectorAll('option').forEach((option, j) => {
        option.toggleAttribute('selected', j === chosen);
      });
    });
    // Below the fold: an empty card of the same height keeps the page's length and scrollbar.
    // Above it, each chart is named by its panel: the live page shows that drawing until the
    // chart code has loaded (src/components/chart/chart-snapshots.tsx).
    for (const section of copy.querySelectorAll<HTMLElement>('section[data-panel]')) {
      const top = tops.get(section.getAttribute('data-panel')) ?? 0;
      if (top < keepAbove) {
        section
          .querySelector('figure')
          ?.setAttribute('data-snapshot', section.getAttribute('data-panel') ?? '');
        continue;
      }
      const live = root.querySelector<HTMLElement>(
        `section[data-panel="${section.getAttribute('data-panel')}"]`,
      );
      section.replaceChildren();
      section.style.height = `${live?.offsetHeight ?? 0}px`;
    }
    // Drawn at 1920 px; a narrower screen scales the drawing down instead of overflowing.
    for (const box of copy.querySelectorAll<HTMLElement>(
      '.recharts-responsive-container > div, .recharts-wrapper',
    )) {
      box.style.width = '100%';
    }
    for (const svg of copy.querySelectorAll('svg.recharts-surface'))
      svg.setAttribute('width', '100%');
    copy.querySelectorAll('.recharts-tooltip-wrapper').forEach((tooltip) => tooltip.remove());
    // Hooks for scripts and tests name the live page only, never this stand-in.
    for (const attribute of ['data-panel', 'data-testid']) {
      copy.querySelectorAll(`[${attribute}]`).forEach((el) => el.removeAttribute(attribute));
    }
    return copy.innerHTML;
  }, KEEP_PANELS_ABOVE_PX);
}

async function main(): Promise<void> {
  const server = await preview({
    build: { outDir: OUT_DIR },
    preview: { port: 4191, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  let browser;
  try {
    if (!url) throw new Error('the preview server has no local address');
    try {
      browser = await chromium.launch(chromiumLaunchOptions());
    } catch (error) {
      console.warn(`prerender: skipped, no browser to draw with (${String(error).split('\n')[0]})`);
      return;
    }
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'en-HK',
      colorScheme: 'light',
      reducedMotion: 'reduce', // final positions, not a frame of the entry animation
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(url);
    const snapshot = await captureRoot(page);
    const indexPath = new URL('index.html', DIST);
    const html = withPrerenderedRoot(await readFile(indexPath, 'utf8'), snapshot);
    await writeFile(indexPath, html);
    const swPath = new URL('sw.js', DIST);
    await writeFile(swPath, withIndexRevision(await readFile(swPath, 'utf8'), html));
    console.log(
      `prerender: dist/index.html holds the first screen (${Math.round(html.length / 1024)} kB)`,
    );
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
