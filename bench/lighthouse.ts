import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js';
import { BASE_URL, CHROME_ARGS, CHROME_EXECUTABLE } from './config';
import { median, round } from './stats';

/**
 * Lighthouse 12.2.3 (the last release for Node 20), performance only, in a fresh Chrome per run:
 * mobile (Lighthouse's default: Moto G Power, slow 4G, 4x CPU, simulated) and desktop
 * (lighthouse/core/config/desktop-config.js). The figures are the median of the runs.
 */

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseRun {
  score: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  /**
   * Lighthouse's measure of the machine's CPU speed at the start of the run (higher is faster).
   * Simulated throttling multiplies the tasks it saw by 4, so a slower moment reads as more TBT.
   */
  benchmarkIndex: number;
  /** Lighthouse's own notes (e.g. audits that errored on this Chromium). */
  warnings: string[];
  /** The main thread's long tasks as Lighthouse saw them, longest first. */
  longTasks: Array<{ url: string; durationMs: number }>;
  /** Script evaluation and parse time per script. */
  bootup: Array<{ url: string; scriptingMs: number; parseMs: number }>;
}

export interface LighthouseReport {
  formFactor: FormFactor;
  runs: LighthouseRun[];
  median: Omit<LighthouseRun, 'warnings' | 'longTasks' | 'bootup' | 'benchmarkIndex'>;
}

const RUN_TIMEOUT_MS = 180_000;
const AUDITS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'long-tasks',
  'bootup-time',
];

interface Items {
  details?: { items?: Array<Record<string, unknown>> };
}

const items = (audit: unknown): Array<Record<string, unknown>> =>
  (audit as Items | undefined)?.details?.items ?? [];
const shortUrl = (url: unknown) => String(url).replace(BASE_URL, '');

/**
 * Lighthouse traces style invalidations (with stacks) for its layout-shift culprit audits, which
 * error on this Chromium anyway. On this page that category is ~75% of a ~50 MB trace, and
 * streaming it out takes over a minute per run on two cores; it also loads the main thread while
 * the page is measured. No metric reads it (CLS comes from the `loading` category), so we leave
 * it out unless BENCH_LH_FULL_TRACE=1.
 */
const INVALIDATION_TRACKING = 'disabled-by-default-devtools.timeline.invalidationTracking';
if (process.env.BENCH_LH_FULL_TRACE !== '1') {
  const defaults = TraceGatherer.getDefaultTraceCategories.bind(TraceGatherer);
  TraceGatherer.getDefaultTraceCategories = () =>
    defaults().filter((c) => c !== INVALIDATION_TRACKING);
}

async function runOnce(formFactor: FormFactor): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_EXECUTABLE ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
    logLevel: 'silent',
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const run = lighthouse(
      `${BASE_URL}/`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: (process.env.LH_LOG as 'info' | 'verbose' | undefined) ?? 'error',
        // The score is the weighted metrics alone; skipping the zero-weight audits and the
        // full-page screenshot (a tall page on two cores) cuts a run from minutes to under one.
        onlyAudits: AUDITS,
        disableFullPageScreenshot: true,
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Lighthouse timed out')), RUN_TIMEOUT_MS);
    });
    const result = await Promise.race([run, timeout]);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      lcp: round(audit('largest-contentful-paint')),
      fcp: round(audit('first-contentful-paint')),
      tbt: round(audit('total-blocking-time')),
      cls: round(audit('cumulative-layout-shift'), 4),
      speedIndex: round(audit('speed-index')),
      benchmarkIndex: round(lhr.environment.benchmarkIndex),
      warnings: lhr.runWarnings,
      longTasks: items(lhr.audits['long-tasks'])
        .map((i) => ({ url: shortUrl(i.url), durationMs: round(Number(i.duration)) }))
        .slice(0, 10),
      bootup: items(lhr.audits['bootup-time']).map((i) => ({
        url: shortUrl(i.url),
        scriptingMs: round(Number(i.scripting)),
        parseMs: round(Number(i.scriptParseCompile)),
      })),
    };
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}

export async function measureLighthouse(
  formFactor: FormFactor,
  runs: number,
  log: (line: string) => void,
): Promise<LighthouseReport> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    // One retry: a Chrome that fails to start or a run that errors on a loaded machine should not
    // cost the whole bench; a second failure is real.
    const r = await runOnce(formFactor).catch((error: unknown) => {
      log(`  ${formFactor} run ${i + 1} failed (${String(error)}), retrying`);
      return runOnce(formFactor);
    });
    all.push(r);
    log(
      `  ${formFactor} run ${i + 1}: score ${r.score}, LCP ${r.lcp} ms, FCP ${r.fcp} ms, TBT ${r.tbt} ms, CLS ${r.cls} (CPU benchmark index ${r.benchmarkIndex})`,
    );
  }
  const m = (pick: (r: LighthouseRun) => number) => median(all.map(pick));
  return {
    formFactor,
    runs: all,
    median: {
      score: m((r) => r.score),
      lcp: m((r) => r.lcp),
      fcp: m((r) => r.fcp),
      tbt: m((r) => r.tbt),
      cls: m((r) => r.cls),
      speedIndex: m((r) => r.speedIndex),
    },
  };
}
