import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/browser';

/** Where things are and how the browsers are started: one place, so every measurement agrees. */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');

// Not 4173: the e2e suite's preview server may be running beside us.
export const PORT = 4180;
export const BASE_URL = `http://localhost:${PORT}`;
export const FLOOR_FILE = 'bench-floor.html';
/**
 * The first screens measured against their floors: the default view in English, and as a reader
 * asking for Traditional Chinese reaches it (boot.js sends `/?lang=zh-Hant` to /zh-hant/).
 */
export const FIRST_SCREENS = [
  { id: 'en', path: '/', floorFile: FLOOR_FILE },
  { id: 'zh-Hant', path: '/?lang=zh-Hant', floorFile: 'bench-floor-zh-hant.html' },
] as const;
export type FirstScreenId = (typeof FIRST_SCREENS)[number]['id'];

export const VIEWPORT = { width: 1920, height: 1080 };

/** Debian's Chromium when present; otherwise Playwright's own browser (e.g. on a laptop). */
export const CHROME_EXECUTABLE = chromiumExecutable();
export const CHROME_ARGS = CHROMIUM_ARGS;

export interface BenchOptions {
  runs: number;
  skipBuild: boolean;
  skipLighthouse: boolean;
  skipStress: boolean;
  /** Filter changes (and slide changes) per kind. */
  changes: number;
  /** Time cap per kind once a few changes are measured: a slow app must not stall the run. */
  kindSeconds: number;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const flag = (name: string) => argv.includes(`--${name}`);
  return {
    runs: positiveInt(process.env.BENCH_RUNS, 3),
    skipBuild: flag('skip-build'),
    skipLighthouse: flag('skip-lighthouse'),
    skipStress: flag('skip-stress'),
    changes: positiveInt(process.env.BENCH_CHANGES, 50),
    kindSeconds: positiveInt(process.env.BENCH_KIND_SECONDS, 15),
  };
}
