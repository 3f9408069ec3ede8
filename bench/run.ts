/**
 * `npm run bench`: builds the app, serves the build on port 4180, measures it (sizes, Lighthouse,
 * charts painted against the no-JS floor, interactions on the real and the stress data), prints
 * the budgets table, writes bench/results.json and exits non-zero when a budget is missed.
 *
 * Flags: --skip-build (measure the dist/ there is), --skip-lighthouse, --skip-stress.
 * Environment: BENCH_RUNS (runs per load measurement, default 3), BENCH_CHANGES (changes per
 * filter kind, default 50), BENCH_KIND_SECONDS (time cap per kind once 2 are measured, default 15).
 */
import { BUDGETS, checkBudgets } from './budgets';
import { build } from './build';
import { withBrowser } from './browser';
import { FIRST_SCREENS, parseOptions, type FirstScreenId } from './config';
import { writeFloorPage } from './floor';
import { measureInteraction } from './interaction';
import { measureLighthouse } from './lighthouse';
import { scriptsBeforeFirstRender } from './loaded-js';
import { describeMachine, loadAverageNow } from './machine';
import { measurePaint } from './paint';
import { budgetTable, detailTable, sizeTable, writeResults } from './report';
import type { BenchResults, PaintComparison } from './results';
import { startServer, type Server } from './server';
import { measure, measureSizes, sum } from './size';
import { makeStressData } from './stress-data';
import { round } from './stats';

const WATCHDOG_MS = 30 * 60_000;
const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const loadAtStart = loadAverageNow();
  const phasesMs: Record<string, number> = {};
  const phase = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    log(`\n[bench] ${name}`);
    const began = performance.now();
    try {
      return await fn();
    } finally {
      phasesMs[name] = round(performance.now() - began);
    }
  };

  if (!options.skipBuild) await phase('build', build);
  const size = await phase('size', measureSizes);
  log(sizeTable(size));

  let server: Server | undefined;
  try {
    server = await phase('start server', startServer);
    const limits = { changes: options.changes, budgetMs: options.kindSeconds * 1000 };

    const { chromium, paint, firstRenderJs } = await withBrowser(async (browser) => {
      const scripts = await phase('scripts before the first render', () =>
        scriptsBeforeFirstRender(browser),
      );
      const files = scripts.map(measure);
      log(`  ${files.length} scripts, ${(sum(files).gzip / 1000).toFixed(1)} kB gzip`);
      const measured: Partial<Record<FirstScreenId, PaintComparison>> = {};
      for (const screen of FIRST_SCREENS) {
        await phase(`floor page, ${screen.id}`, () => writeFloorPage(browser, screen));
        const { app, floor } = await phase(`charts painted (throttled), ${screen.id}`, () =>
          measurePaint(browser, options.runs, log, screen),
        );
        measured[screen.id] = {
          app,
          floor,
          ratio: {
            lcp: round(app.lcp / floor.lcp, 2),
            chartsPainted: round(app.chartsPainted / floor.chartsPainted, 2),
          },
        };
      }
      return {
        chromium: browser.version(),
        paint: measured,
        firstRenderJs: { files, total: sum(files) },
      };
    });

    const lighthouse = { mobile: null, desktop: null } as BenchResults['lighthouse'];
    if (!options.skipLighthouse)
      for (const ff of ['mobile', 'desktop'] as const)
        lighthouse[ff] = await phase(`lighthouse ${ff}`, () =>
          measureLighthouse(ff, options.runs, log),
        );

    const real = await phase('interaction, real data', () =>
      withBrowser((browser) =>
        measureInteraction(browser, { limits, stress: null, pngRuns: 5, deckRuns: 1 }, log),
      ),
    );
    const stress = options.skipStress
      ? null
      : await phase('interaction, stress data', async () => {
          const data = makeStressData();
          log(`  figures: ${JSON.stringify(data.counts)}`);
          const report = await withBrowser((browser) =>
            measureInteraction(browser, { limits, stress: data, pngRuns: 3, deckRuns: 0 }, log),
          );
          return { ...report, figures: data.counts, realFigures: data.realCounts };
        });

    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: describeMachine(chromium, loadAtStart),
      options,
      phasesMs,
      size,
      firstRenderJs,
      lighthouse,
      paint: paint.en ?? null,
      paintZhHant: paint['zh-Hant'] ?? null,
      interaction: { real, stress },
    };
    const budgets = checkBudgets(results, BUDGETS);
    writeResults(results, budgets);
    log(`\n${detailTable(results)}\n\n${budgetTable(budgets)}`);
    const m = results.machine;
    log(
      `\n${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, Chromium ${m.chromium}; load average ${m.loadAverage.start} -> ${m.loadAverage.end}`,
    );
    const failed = budgets.filter((b) => b.status === 'fail').length;
    const skipped = budgets.filter((b) => b.status === 'skipped').length;
    log(
      `bench: ${budgets.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped; bench/results.json written`,
    );
    return failed ? 1 : 0;
  } finally {
    await server?.stop();
  }
}

// Never hang a CI job: give up (and, through the exit handler, kill the server) after 30 min.
setTimeout(() => {
  console.error('bench: timed out');
  process.exit(2);
}, WATCHDOG_MS).unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
