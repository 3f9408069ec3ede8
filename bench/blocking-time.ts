/**
 * `npm run bench:blocking`: the main thread's blocking time after the first paint, as a phone
 * reader meets it: the built page (run `npm run build` first) at 412x823 under DevTools' real 4x
 * CPU throttling, traced from navigation for a few seconds. Blocking time is what each task after
 * FCP lasts beyond 50 ms, as in Lighthouse's TBT; unlike Lighthouse's simulated mobile run it
 * replays nothing, so a change that moves work between tasks is seen as it is. Not a budget: the
 * tool that docs/performance.md's startup figures come from. BENCH_LOADS (default 7) loads; the
 * median is reported.
 */
import type { Browser } from '@playwright/test';
import { withBrowser } from './browser';
import { BASE_URL } from './config';
import { startServer } from './server';
import { median, round } from './stats';

const PHONE = { width: 412, height: 823 };
const CPU_SLOWDOWN = 4;
/** Long enough for the app, its data and the chart code to be in and the page quiet. */
const TRACE_MS = 9000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

interface Load {
  blockingMs: number;
  longestTaskMs: number;
}

async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1.75,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
    });
    await page.goto(url);
    await page.waitForTimeout(TRACE_MS);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint');
    const main = traceEvents.find(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === fcp?.pid,
    );
    if (!fcp || !main) throw new Error('the trace has no first contentful paint');
    const tasks = traceEvents
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask')
      .filter((e) => e.ts >= fcp.ts)
      .map((e) => (e.dur ?? 0) / 1000);
    return {
      blockingMs: tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
      longestTaskMs: Math.max(0, ...tasks),
    };
  } finally {
    await context.close();
  }
}

const loads = Number(process.env.BENCH_LOADS ?? 7);
const server = await startServer();
try {
  const runs = await withBrowser(async (browser) => {
    const all: Load[] = [];
    for (let i = 0; i < loads; i++) all.push(await loadOnce(browser, `${BASE_URL}/`));
    return all;
  });
  const blocking = runs.map((r) => round(r.blockingMs));
  const longest = runs.map((r) => round(r.longestTaskMs));
  console.log(`blocking time after FCP (4x CPU, ${PHONE.width}x${PHONE.height}), ${loads} loads:`);
  console.log(`  each:    ${blocking.join(' ')} ms; median ${median(blocking)} ms`);
  console.log(`  longest task: ${longest.join(' ')} ms; median ${median(longest)} ms`);
} finally {
  await server.stop();
}
