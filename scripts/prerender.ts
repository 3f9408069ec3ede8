/**
 * After `vite build`: draws the dashboard's default view in Chromium at 1920x1080 in each language
 * and writes what it drew into dist/index.html (English), dist/zh-hant/index.html and
 * dist/zh-hans/index.html, so the first screen (text and chart SVG) paints from the HTML alone,
 * before any JavaScript has loaded; public/boot.js sends each reader to their language's page.
 * React's first render then replaces it (src/app/start.tsx). Without a browser the build fails,
 * saying how to install one or to skip this step (SKIP_PRERENDER=1): a build that silently lost
 * its first screen would pass CI while every reader waited for the JavaScript.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './browser';
import { scrollThroughPage } from './scroll-through-page';
import { withPageRevisions, withPrerenderedPage } from './prerender-html';

/** The build to prerender: `dist/`, or the folder given as the first argument. */
const OUT_DIR = process.argv[2] ?? 'dist';
const DIST = pathToFileURL(`${path.resolve(OUT_DIR)}/`);
const VIEWPORT = { width: 1920, height: 1080 };
/**
 * Charts that start below the first screen are left out (an empty figure of their height stands
 * in): nobody sees them before React runs, and each chart's markup costs style and layout time on
 * a slow phone before the first paint. Every panel's text stays, so find in page finds it.
 */
const KEEP_CHARTS_ABOVE_PX = VIEWPORT.height;
/** Each language's page, as public/boot.js names them. */
const PAGES = {
  en: 'index.html',
  'zh-Hant': 'zh-hant/index.html',
  'zh-Hans': 'zh-hans/index.html',
};

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
    // Above the fold, each chart is named by its panel: the live page shows that drawing until
    // the chart code has loaded (src/components/chart/chart-snapshots.tsx). Below it, an empty
    // figure of the chart's height keeps the page's length and scrollbar.
    for (const section of copy.querySelectorAll<HTMLElement>('section[data-panel]')) {
      const id = section.getAttribute('data-panel') ?? '';
      const figure = section.querySelector('figure');
      if ((tops.get(id) ?? 0) < keepAbove) {
        figure?.setAttribute('data-snapshot', id);
        continue;
      }
      const live = root.querySelector(`section[data-panel="${id}"] figure`);
      figure?.replaceChildren();
      figure?.setAttribute('style', `height: ${live?.clientHeight ?? 0}px`);
    }
    // Drawn at 1920 px; a narrower screen scales the drawing down instead of overflowing.
    for (const box of copy.querySelectorAll<HTMLElement>(
      '.recharts-responsive-container > div, .recharts-wrapper',
    )) {
      box.style.width = '100%';
    }
    for (const svg of copy.querySelectorAll('svg.recharts-surface, svg[data-chart-svg]'))
      svg.setAttribute('width', '100%');
    copy.querySelectorAll('.recharts-tooltip-wrapper').forEach((tooltip) => tooltip.remove());
    // The tables kept for find in page: the copy is inert, which find in page skips anyway.
    copy.querySelectorAll('[hidden]').forEach((hidden) => hidden.remove());
    // Hooks for scripts and tests name the live page only, never this stand-in.
    for (const attribute of ['data-panel', 'data-testid']) {
      copy.querySelectorAll(`[${attribute}]`).forEach((el) => el.removeAttribute(attribute));
    }
    return copy.innerHTML;
  }, KEEP_CHARTS_ABOVE_PX);
}

async function launch(): Promise<Browser> {
  try {
    return await chromium.launch(chromiumLaunchOptions());
  } catch (error) {
    console.error(
      [
        `prerender: no browser to draw the first screen with (${String(error).split('\n')[0]}).`,
        '  Install one: npx playwright install chromium (or set CHROME_PATH to a Chromium).',
        '  Or build without the prerendered first screen: SKIP_PRERENDER=1 npm run build',
      ].join('\n'),
    );
    process.exit(1);
  }
}

/** The default view drawn in one language: its #root markup and its tab title. */
async function draw(browser: Browser, url: string, language: string) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-HK',
    colorScheme: 'light',
    reducedMotion: 'reduce', // final positions, not a frame of the entry animation
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${url}?lang=${language}`);
    const root = await captureRoot(page);
    return { root, title: await page.title() };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (process.env.SKIP_PRERENDER) {
    console.warn(
      'prerender: skipped (SKIP_PRERENDER): the page starts empty until its JavaScript runs',
    );
    return;
  }
  const browser = await launch();
  const server = await preview({
    build: { outDir: OUT_DIR },
    preview: { port: 4191, strictPort: false },
    logLevel: 'warn',
  });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server has no local address');
    const template = await readFile(new URL('index.html', DIST), 'utf8');
    const pages: Record<string, string> = {};
    // One after another: each language's drawing is finished before the next page is written.
    for (const [language, file] of Object.entries(PAGES)) {
      const { root, title } = await draw(browser, url, language);
      pages[file] = withPrerenderedPage(template, root, { language, title });
    }
    for (const [file, html] of Object.entries(pages)) {
      const target = new URL(file, DIST);
      await mkdir(new URL('.', target), { recursive: true });
      await writeFile(target, html);
    }
    const swPath = new URL('sw.js', DIST);
    await writeFile(swPath, withPageRevisions(await readFile(swPath, 'utf8'), pages));
    const sizes = Object.entries(pages).map(
      ([file, html]) => `${file} ${Math.round(html.length / 1024)} kB`,
    );
    console.log(`prerender: the first screen in each language: ${sizes.join(', ')}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
