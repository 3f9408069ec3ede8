import fs from 'node:fs';
import type { BudgetResult, Unit } from './budgets';
import { FILTER_KINDS } from './interaction';
import { RESULTS_FILE } from './config';
import type { BenchResults } from './results';
import type { Totals } from './size';

/** The console tables and bench/results.json. */

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '-';
  switch (unit) {
    case 'kB':
      return `${value.toFixed(1)} kB`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'score':
      return String(Math.round(value));
    case 'ratio':
      return `${value.toFixed(2)}x`;
    case 'shift':
      return value.toFixed(3);
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join(
    '\n',
  );
}

export function budgetTable(results: readonly BudgetResult[]): string {
  return table([
    ['metric', 'value', 'budget', 'result'],
    ...results.map((b) => [
      b.label,
      formatValue(b.value, b.unit),
      `${b.kind === 'max' ? '<=' : '>='} ${formatValue(b.limit, b.unit)}`,
      b.status === 'pass' ? 'pass' : b.status === 'fail' ? 'FAIL' : 'skipped',
    ]),
  ]);
}

const sizeCells = (t: Totals) => [kb(t.raw), kb(t.gzip), kb(t.brotli)];

export function sizeTable(size: BenchResults['size']): string {
  const { firstLoad, lazy } = size;
  return table([
    ['first load', 'raw', 'gzip', 'brotli'],
    ...[...firstLoad.js, ...firstLoad.css].map((f) => [f.file, ...sizeCells(f)]),
    ['total JS', ...sizeCells(firstLoad.jsTotal)],
    ['total CSS', ...sizeCells(firstLoad.cssTotal)],
    ['', '', '', ''],
    ['lazy: loaded when used (adds)', 'raw', 'gzip', 'brotli'],
    ...lazy.entries.map((e) => [
      `${e.entry}${e.files.length > 1 ? ` (+${e.files.length - 1} shared)` : ''}`,
      ...sizeCells(e.adds),
    ]),
    ['all lazy chunks', ...sizeCells(lazy.total)],
  ]);
}

const ms = (n: number | undefined | null) =>
  n === undefined || n === null || Number.isNaN(n) ? '-' : `${Math.round(n)} ms`;

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !b ? '-' : `${(a / b).toFixed(1)}x`;

export function detailTable(r: BenchResults): string {
  const rows: string[][] = [['measurement', 'real data', 'stress data', 'stress / real (p50)']];
  const { real, stress } = r.interaction;
  type Report = typeof real;
  const dist = (d: { p50: number; p95: number; n: number } | undefined) =>
    d ? `p50 ${ms(d.p50)}, p95 ${ms(d.p95)} (n=${d.n})` : '-';
  if (real || stress) {
    if (stress) {
      const figures = (counts: Record<string, number>) =>
        Object.values(counts).reduce((a, b) => a + b, 0);
      rows.push([
        'figures (observations)',
        String(figures(stress.realFigures)),
        String(figures(stress.figures)),
        ratio(figures(stress.figures), figures(stress.realFigures)),
      ]);
    }
    rows.push([
      'dashboard ready (unthrottled)',
      ms(real?.readyMs),
      ms(stress?.readyMs),
      ratio(stress?.readyMs, real?.readyMs),
    ]);
    for (const kind of FILTER_KINDS) {
      const [a, b] = [real?.filters[kind], stress?.filters[kind]];
      rows.push([`filter: ${kind}`, dist(a), dist(b), ratio(b?.p50, a?.p50)]);
    }
    rows.push([
      'slide change',
      dist(real?.slides),
      dist(stress?.slides),
      ratio(stress?.slides.p50, real?.slides.p50),
    ]);
    rows.push([
      'slide change, ten-slide mixed deck',
      dist(real?.deckSlides ?? undefined),
      '-',
      '-',
    ]);
    rows.push([
      'the same, presenter view open',
      dist(real?.deckSlidesPresenter ?? undefined),
      '-',
      '-',
    ]);
    rows.push([
      'slides prepared after opening',
      ms(real?.slidesReadyMs),
      ms(stress?.slidesReadyMs),
      ratio(stress?.slidesReadyMs, real?.slidesReadyMs),
    ]);
    const png = (d: Report) =>
      d ? `median ${ms(d.png2x.p50)}, first ${ms(d.png2x.firstMs)}` : '-';
    rows.push([
      '2x PNG, one panel',
      png(real),
      png(stress),
      ratio(stress?.png2x.p50, real?.png2x.p50),
    ]);
    const deck = (d: Report) => (d?.deck ? d.deck.runsMs.map(ms).join(', ') : '-');
    rows.push(['Meeting deck', deck(real), deck(stress), '']);
  }
  const lines = [table(rows)];
  if (r.firstRenderJs)
    lines.push(
      table([
        ['JS requested before the first render', 'raw', 'gzip', 'brotli'],
        ...r.firstRenderJs.files.map((f) => [f.file, ...sizeCells(f)]),
        ['total', ...sizeCells(r.firstRenderJs.total)],
      ]),
    );
  const lh = r.lighthouse;
  if (lh.mobile || lh.desktop) {
    const cell = (x: typeof lh.mobile) =>
      x
        ? `score ${x.median.score}, FCP ${ms(x.median.fcp)}, LCP ${ms(x.median.lcp)}, TBT ${ms(x.median.tbt)}, CLS ${x.median.cls}; CPU benchmark index ${x.runs.map((run) => run.benchmarkIndex).join(' / ')}`
        : '-';
    lines.push(
      table([
        ['Lighthouse (median)', ''],
        ['mobile', cell(lh.mobile)],
        ['desktop', cell(lh.desktop)],
      ]),
    );
  }
  for (const [name, paint] of [
    ['', r.paint],
    [', ?lang=zh-Hant', r.paintZhHant],
  ] as const) {
    if (!paint) continue;
    const { app, floor, ratio } = paint;
    lines.push(
      table([
        [`throttled 1920x1080 (median)${name}`, 'app', 'floor', 'app / floor'],
        ['LCP', ms(app.lcp), ms(floor.lcp), `${ratio.lcp.toFixed(2)}x`],
        [
          'charts painted (90% of marks)',
          ms(app.chartsPainted),
          ms(floor.chartsPainted),
          `${ratio.chartsPainted.toFixed(2)}x`,
        ],
        ['long tasks, total', ms(app.longTaskTotalMs), ms(floor.longTaskTotalMs), ''],
      ]),
    );
  }
  return lines.join('\n\n');
}

export function writeResults(results: BenchResults, budgets: readonly BudgetResult[]): void {
  const passed = budgets.every((b) => b.status !== 'fail');
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...results, budgets, passed }, null, 2)}\n`);
}
