import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { BASE_URL, DIST, FLOOR_FILE } from './config';
import { waitForDashboard, withPage } from './browser';

/**
 * The floor: the first screen as the app draws it, saved as plain HTML with the charts as inline
 * SVG and no JavaScript. Nothing can paint those charts sooner over the same network path, so it
 * is the yardstick for LCP and charts-painted. Written into dist/ after the build, so the same
 * preview server serves it.
 *
 * Panels that start below the first screen are emptied (their card keeps its height, so the page
 * keeps its length): they are not part of the first screen, and parsing and laying out every chart
 * of the page would make the floor slower than a page that only draws the first screen.
 * BENCH_FLOOR=full keeps them.
 */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '');
}

export async function writeFloorPage(
  browser: Browser,
  { path: pagePath, floorFile }: { path: string; floorFile: string } = {
    path: '/',
    floorFile: FLOOR_FILE,
  },
): Promise<string> {
  const keepBelowFold = process.env.BENCH_FLOOR === 'full';
  const html = await withPage(browser, async (page) => {
    await page.goto(`${BASE_URL}${pagePath}`);
    await waitForDashboard(page);
    return page.evaluate((full) => {
      window.scrollTo(0, 0);
      // A control's current value is a property, not markup: write it into the attributes so
      // the static copy shows the same selections.
      for (const select of document.querySelectorAll('select'))
        select.options[select.selectedIndex]?.setAttribute('selected', '');
      for (const input of document.querySelectorAll('input'))
        if (input.checked) input.setAttribute('checked', '');
      if (!full)
        for (const panel of document.querySelectorAll<HTMLElement>('section[data-panel]')) {
          const box = panel.getBoundingClientRect();
          if (box.top < window.innerHeight) continue;
          panel.style.height = `${box.height}px`;
          panel.replaceChildren();
        }
      return document.documentElement.outerHTML;
    }, keepBelowFold);
  });
  const file = path.join(DIST, floorFile);
  fs.writeFileSync(file, `<!doctype html>\n${stripScripts(html)}\n`);
  return file;
}
