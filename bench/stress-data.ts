import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { datasetSchema, manifestSchema, type Dataset, type Observation } from '../src/data/schema';
import { formatIssuePath } from '../src/data/client';
import { DIST } from './config';

/**
 * A stress dataset, made in memory at run time (never committed) and served in place of the real
 * files with page.route:
 * - rankings: 5 indices x 30 years x 200 economies (30,000 figures). The panel draws Hong Kong's
 *   two indices only, but selects from, validates and catalogues every row;
 * - universities: 50 subjects x 100 universities (5,000 placings), all drawn in the dot plot;
 * - every yearly count, people or percent series with at least 3 years filled to all 30 years.
 * Each file is validated with the app's own schema, so a broken generator fails here, loudly.
 */

const YEARS = Array.from({ length: 30 }, (_, i) => 1996 + i);
const ECONOMIES = 200;
const EXTRA_INDICES = [
  { id: 'wcy', label: 'IMD World Competitiveness' },
  { id: 'gci', label: 'Global Competitiveness Index' },
  { id: 'nri', label: 'Network Readiness Index' },
];
const SUBJECTS = 50;
const UNIVERSITIES = 100;

/** A small deterministic generator (mulberry32), so every run draws the same charts. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

function readDataset(id: string): Dataset {
  return JSON.parse(fs.readFileSync(path.join(DIST, 'data', `${id}.json`), 'utf8')) as Dataset;
}

function stressRankings(real: Dataset): Dataset {
  const rand = random(1);
  const indices = ['gii', 'imd-digital'];
  const series = [
    ...real.series,
    ...EXTRA_INDICES.map((s) => ({ id: s.id, label: s.label, unit: 'rank' as const })),
  ];
  const economies = [
    { id: 'hong-kong', label: 'Hong Kong' },
    ...Array.from({ length: ECONOMIES - 1 }, (_, i) => ({
      id: `economy-${pad(i + 1)}`,
      label: `Economy ${pad(i + 1)}`,
    })),
  ];
  const sourceId = real.sources[0]?.id ?? 'source';
  const observations: Observation[] = real.observations.filter((o) => !indices.includes(o.series));
  for (const index of [...indices, ...EXTRA_INDICES.map((s) => s.id)])
    for (const year of YEARS)
      // Hong Kong first, keeping its real figures and ids (headlines refer to them): the panel
      // takes the first figure of a year.
      for (const economy of economies) {
        const hk = economy.id === 'hong-kong';
        const realFigure = hk
          ? real.observations.find((o) => o.series === index && o.year === year)
          : undefined;
        // Hong Kong's figures have no category (the panel's own line); every other economy's do.
        observations.push(
          realFigure
            ? { ...realFigure }
            : {
                id: hk ? `rankings.${index}.${year}` : `rankings.${index}.${economy.id}.${year}`,
                series: index,
                year,
                ...(hk ? {} : { category: economy.id }),
                value: hk
                  ? 2 + Math.round(8 + 6 * Math.sin((year + index.length) / 3))
                  : 1 + Math.floor(rand() * ECONOMIES),
                outOf: ECONOMIES,
                sourceId,
              },
        );
      }
  return { ...real, series, categories: economies.slice(1), observations };
}

function stressUniversities(real: Dataset): Dataset {
  const rand = random(2);
  const series = [
    ...real.series,
    ...Array.from({ length: SUBJECTS - real.series.length }, (_, i) => ({
      id: `subject-${pad(i + 1)}`,
      label: `Subject ${pad(i + 1)}`,
      unit: 'rank' as const,
    })),
  ];
  const realCategories = real.categories ?? [];
  const categories = [
    ...realCategories,
    ...Array.from({ length: UNIVERSITIES - realCategories.length }, (_, i) => ({
      id: `university-${pad(i + 1)}`,
      label: `University ${pad(i + 1)}`,
    })),
  ];
  const year = real.observations.find((o) => o.year !== undefined)?.year ?? 2021;
  const sourceId = real.sources[0]?.id ?? 'source';
  // The real placings keep their ids; every other subject-university pair is made up.
  const taken = new Set(real.observations.map((o) => `${o.series}|${o.category ?? ''}`));
  const made = series.flatMap((s) =>
    categories
      .filter((c) => !taken.has(`${s.id}|${c.id}`))
      .map((c) => ({
        id: `universities.${s.id}.${c.id}`,
        series: s.id,
        year,
        category: c.id,
        value: 1 + Math.floor(rand() * 100),
        sourceId,
      })),
  );
  const observations = [...real.observations, ...made];
  return { ...real, series, categories, observations };
}

/** Fills every year of the longer yearly series, growing ~4% a year from the nearest real figure. */
function stressYearly(real: Dataset): Dataset {
  const observations = [...real.observations];
  for (const s of real.series) {
    if (!['count', 'people', 'percent'].includes(s.unit) || s.shareOfWhole) continue;
    const own = real.observations.filter(
      (o) => o.series === s.id && o.year !== undefined && o.category === undefined && !o.derived,
    );
    if (new Set(own.map((o) => o.year)).size < 3) continue;
    for (const year of YEARS) {
      if (own.some((o) => o.year === year)) continue;
      const nearest = own.reduce((a, b) =>
        Math.abs((b.year ?? 0) - year) < Math.abs((a.year ?? 0) - year) ? b : a,
      );
      const grown = nearest.value * 1.04 ** (year - (nearest.year ?? year));
      const value =
        s.unit === 'percent' ? Math.min(100, Math.round(grown * 100) / 100) : Math.round(grown);
      observations.push({
        id: `${real.id}.${s.id}.${year}`,
        series: s.id,
        year,
        value,
        sourceId: nearest.sourceId,
      });
    }
  }
  return { ...real, observations };
}

export interface StressData {
  files: Map<string, string>;
  /** Figures (observations) per dataset, stressed and real, for the report. */
  counts: Record<string, number>;
  realCounts: Record<string, number>;
}

export function makeStressData(): StressData {
  const ids = fs
    .readdirSync(path.join(DIST, 'data'))
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .map((f) => f.replace(/\.json$/, ''));
  const files = new Map<string, string>();
  const counts: Record<string, number> = {};
  const realCounts: Record<string, number> = {};
  const byId = new Map<string, Dataset>();
  for (const id of ids) {
    const real = readDataset(id);
    realCounts[id] = real.observations.length;
    const stressed =
      id === 'rankings'
        ? stressRankings(real)
        : id === 'universities'
          ? stressUniversities(real)
          : stressYearly(real);
    const parsed = datasetSchema.safeParse(stressed);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 5)
        .map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
      throw new Error(`stress data for ${id} breaks the schema:\n  ${issues.join('\n  ')}`);
    }
    files.set(`${id}.json`, JSON.stringify(stressed));
    counts[id] = stressed.observations.length;
    byId.set(id, parsed.data);
  }
  // The headline strip refers to figures by id: they must survive the generator.
  const manifest = manifestSchema.parse(
    JSON.parse(fs.readFileSync(path.join(DIST, 'data', 'manifest.json'), 'utf8')),
  );
  for (const h of manifest.headlines)
    for (const figure of [h.figure, h.base, h.companion])
      if (figure && !byId.get(h.dataset)?.observations.some((o) => o.id === figure))
        throw new Error(`stress data for ${h.dataset} lost the headline figure ${figure}`);
  return { files, counts, realCounts };
}

/** Serves the stress files instead of the real ones; anything else (the manifest) passes. */
export async function serveStressData(page: Page, data: StressData): Promise<void> {
  await page.route('**/data/*.json', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = data.files.get(name);
    if (body === undefined) return route.continue();
    return route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}
