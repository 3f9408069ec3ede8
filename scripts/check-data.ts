/**
 * `npm run data:check`: validates every dataset file against the app's own schemas and the
 * cross-checks in them, plus the manifest's references. Prints `file: path: message` per problem
 * and exits non-zero if there is any, so a bad edit to the data never reaches a build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod/mini';
import { datasetSchema, manifestSchema, type Dataset } from '../src/data/schema';
import { formatIssuePath } from '../src/data/client';

const dataDir =
  process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/data');

export interface Problem {
  file: string;
  path: string;
  message: string;
}

function read(file: string): { json?: unknown; problem?: Problem } {
  try {
    return { json: JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as unknown };
  } catch (error) {
    return { problem: { file, path: '', message: `not valid JSON: ${(error as Error).message}` } };
  }
}

/** Titles that stand in for a real one: "Report on …", a cut with "…", or an id alone. */
const PLACEHOLDER_TITLE = /^(report on\b|press release [a-z]?\d+$|table \d+$)|…|\.\.\.$/i;

/** The source rules a reader relies on, beyond the schema: real titles, every source cited. */
export function checkSources(file: string, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const cited = new Set(
    dataset.observations.flatMap((o) => [
      o.sourceId,
      ...(o.outOfSourceId ? [o.outOfSourceId] : []),
      ...(o.alternatives?.map((a) => a.sourceId) ?? []),
    ]),
  );
  dataset.sources.forEach((s, i) => {
    if (PLACEHOLDER_TITLE.test(s.title))
      problems.push({
        file,
        path: `sources[${i}].title`,
        message: `"${s.title}" is a placeholder or cut title: give the title as published`,
      });
    if (!cited.has(s.id))
      problems.push({
        file,
        path: `sources[${i}]`,
        message: `source "${s.id}" is cited by no figure`,
      });
  });
  dataset.observations.forEach((o, i) => {
    if (o.derived === undefined && o.quote === undefined)
      problems.push({
        file,
        path: `observations[${i}].quote`,
        message: `figure "${o.id}" has no quote: give the sentence or cell it came from`,
      });
  });
  return problems;
}

function issues(file: string, error: z.core.$ZodError): Problem[] {
  return error.issues.map((i) => ({ file, path: formatIssuePath(i.path), message: i.message }));
}

export function checkData(): Problem[] {
  const problems: Problem[] = [];
  const datasets = new Map<string, Dataset>();
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
  for (const file of files) {
    const { json, problem } = read(file);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const parsed = datasetSchema.safeParse(json);
    if (!parsed.success) problems.push(...issues(file, parsed.error));
    else {
      datasets.set(parsed.data.id, parsed.data);
      problems.push(...checkSources(file, parsed.data));
      if (`${parsed.data.id}.json` !== file)
        problems.push({
          file,
          path: 'id',
          message: `id "${parsed.data.id}" does not match the file name`,
        });
    }
  }
  const { json, problem } = read('manifest.json');
  if (problem) return [...problems, problem];
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) return [...problems, ...issues('manifest.json', manifest.error)];
  manifest.data.datasets.forEach((d, i) => {
    if (!files.includes(d.file))
      problems.push({
        file: 'manifest.json',
        path: `datasets[${i}].file`,
        message: `no file ${d.file}`,
      });
  });
  manifest.data.headlines.forEach((h, i) => {
    const dataset = datasets.get(h.dataset);
    // A dataset that failed validation has already been reported.
    if (!dataset) return;
    for (const key of ['figure', 'base', 'companion'] as const) {
      const id = h[key];
      if (id && !dataset.observations.some((o) => o.id === id))
        problems.push({
          file: 'manifest.json',
          path: `headlines[${i}].${key}`,
          message: `no observation "${id}" in ${h.dataset}`,
        });
    }
  });
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const problems = checkData();
  for (const p of problems) console.error(`${p.file}: ${p.path}: ${p.message}`);
  if (problems.length) {
    console.error(`data:check: ${problems.length} problem(s) in ${dataDir}`);
    process.exit(1);
  }
  console.log(`data:check: every dataset in ${dataDir} is valid`);
}
