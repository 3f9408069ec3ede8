import type { Browser, Page } from '@playwright/test';
import { BASE_URL } from './config';
import { withPage } from './browser';
import { median, round } from './stats';

/**
 * "Charts painted": LCP ignores SVG, so we count the chart marks (path, circle, rect inside the
 * panels' recharts SVGs) that intersect the 1920x1080 viewport on every animation frame, from
 * navigation start, under throttling. The figure is the first frame at which the count reached
 * 90% of its final value and never fell below it again. LCP and long tasks come from the same
 * runs. The floor page (plain HTML of the same first screen) is measured the same way.
 */

export const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
export const CPU_SLOWDOWN = 4;
/** Any panel's chart, the prerendered stand-in's included (it has no data-panel attributes). */
const MARK_SELECTOR = 'section :is(svg.recharts-surface, svg[data-chart-svg])';
/** The count must hold this long (ms) before we call the page settled. */
const STABLE_MS = 3000;

export interface PaintRun {
  lcp: number;
  chartsPainted: number;
  finalMarks: number;
  longTasks: { count: number; totalMs: number; maxMs: number };
}

export interface PaintReport {
  runs: PaintRun[];
  lcp: number;
  chartsPainted: number;
  longTaskTotalMs: number;
}

interface Recorder {
  frames: Array<[number, number]>;
  lcp: number;
  longTasks: number[];
}

type RecorderWindow = Window & { __benchPaint?: Recorder };

/** Runs in the page before any of its own scripts. */
function recordPaint(selector: string): void {
  const recorder: Recorder = { frames: [], lcp: 0, longTasks: [] };
  (window as RecorderWindow).__benchPaint = recorder;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) recorder.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) recorder.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const inView = (r: DOMRect) =>
    r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const count = () => {
    let marks = 0;
    for (const svg of document.querySelectorAll(selector)) {
      if (!inView(svg.getBoundingClientRect())) continue;
      for (const mark of svg.querySelectorAll('path, circle, rect')) {
        const r = mark.getBoundingClientRect();
        if ((r.width > 0 || r.height > 0) && inView(r)) marks++;
      }
    }
    return marks;
  };
  let last = -1;
  const frame = () => {
    const marks = count();
    // Only changes are kept: a frame's time is just before that frame is painted.
    if (marks !== last) recorder.frames.push([performance.now(), marks]);
    last = marks;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The first frame from which the count stays at or above 90% of the final count. */
export function chartsPaintedAt(frames: ReadonlyArray<[number, number]>): number {
  const final = frames.at(-1)?.[1] ?? 0;
  if (final === 0) return Number.NaN;
  let at = Number.NaN;
  for (const [time, marks] of frames) {
    if (marks >= 0.9 * final) {
      if (Number.isNaN(at)) at = time;
    } else at = Number.NaN;
  }
  return at;
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

async function measureOnce(browser: Browser, url: string): Promise<PaintRun> {
  return withPage(browser, async (page) => {
    await page.addInitScript(recordPaint, MARK_SELECTOR);
    await throttle(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Settled: the mark count has not changed for STABLE_MS (and there is at least one mark).
    await page.waitForFunction(
      (stableMs) => {
        const frames = (window as RecorderWindow).__benchPaint?.frames ?? [];
        const last = frames.at(-1);
        return last !== undefined && last[1] > 0 && performance.now() - last[0] > stableMs;
      },
      STABLE_MS,
      { timeout: 120_000, polling: 500 },
    );
    const recorded = await page.evaluate(() => {
      const r = (window as RecorderWindow).__benchPaint;
      return r ? { frames: r.frames, lcp: r.lcp, longTasks: r.longTasks } : null;
    });
    if (!recorded) throw new Error(`no paint record for ${url}`);
    const tasks = recorded.longTasks;
    return {
      lcp: round(recorded.lcp),
      chartsPainted: round(chartsPaintedAt(recorded.frames)),
      finalMarks: recorded.frames.at(-1)?.[1] ?? 0,
      longTasks: {
        count: tasks.length,
        totalMs: round(tasks.reduce((a, b) => a + b, 0)),
        maxMs: round(Math.max(0, ...tasks)),
      },
    };
  });
}

function summarise(runs: PaintRun[]): PaintReport {
  return {
    runs,
    lcp: median(runs.map((r) => r.lcp)),
    chartsPainted: median(runs.map((r) => r.chartsPainted)),
    longTaskTotalMs: median(runs.map((r) => r.longTasks.totalMs)),
  };
}

/** The app and the floor, alternately, so background load affects both alike. */
export async function measurePaint(
  browser: Browser,
  runs: number,
  log: (line: string) => void,
  { path, floorFile }: { path: string; floorFile: string },
): Promise<{ app: PaintReport; floor: PaintReport }> {
  const app: PaintRun[] = [];
  const floor: PaintRun[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await measureOnce(browser, `${BASE_URL}${path}`));
    floor.push(await measureOnce(browser, `${BASE_URL}/${floorFile}`));
    const [a, f] = [app.at(-1), floor.at(-1)];
    log(
      `  run ${i + 1}: app LCP ${a?.lcp} ms, charts ${a?.chartsPainted} ms; floor LCP ${f?.lcp} ms, charts ${f?.chartsPainted} ms`,
    );
  }
  return { app: summarise(app), floor: summarise(floor) };
}
