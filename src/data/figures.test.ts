import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  datasetSchema,
  manifestSchema,
  type Dataset,
  type Observation,
  type Qualifier,
} from './schema';

/**
 * Guards the canonical figures in public/data/. Every figure taken from the HKTDC Research
 * article (12 March 2021) is listed here with its value, so a lost or changed figure fails
 * the build; later-year figures from other sources are listed the same way.
 */

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA_DIR = path.resolve(HERE, '../../public/data');
const ARTICLE_SOURCE_ID = 'hktdc-2021';

/** Every figure taken from the article, by observation id. */
const ARTICLE_FIGURES: Array<[id: string, value: number]> = [
  // rankings
  ['rankings.gii.2017', 16],
  ['rankings.gii.2018', 14],
  ['rankings.gii.2019', 13],
  ['rankings.gii.2020', 11],
  ['rankings.imd-digital.2017', 7],
  ['rankings.imd-digital.2018', 11],
  ['rankings.imd-digital.2019', 8],
  ['rankings.imd-digital.2020', 5],
  ['rankings.gii-cluster.2020', 2],
  ['rankings.gii-infrastructure.2020', 11],
  // startups
  ['startups.startups.2020', 3360],
  ['startups.employees.2020', 10_000],
  ['startups.growth.2020', 6],
  ['startups.non-local-founders.2020', 26],
  // fintech
  ['fintech.fintech-startups.2016', 138],
  ['fintech.fintech-startups.2020', 468],
  ['fintech.startup-genome-rank.2020', 8],
  ['fintech.virtual-banks', 8],
  ['fintech.virtual-insurers', 4],
  // funding
  ['funding.itf-projects.2020', 19_008],
  ['funding.itf-approved.2020', 22_400_000_000],
  ['funding.itf-sector-share.foundation-industries', 17],
  ['funding.itf-sector-share.information-technology', 14.6],
  ['funding.itf-sector-share.electrical-electronics', 14.4],
  ['funding.itf-sector-share.biotechnology', 9.7],
  ['funding.itf-sector-share.other-sectors', 44.3],
  ['funding.itf-schemes', 17],
  ['funding.itf-initial', 5_000_000_000],
  ['funding.government-allocation', 100_000_000_000],
  ['funding.tsssu-per-university', 8_000_000],
  ['funding.tsssu-universities', 6],
  ['funding.tsssu-per-startup', 1_500_000],
  ['funding.tsssu-years', 3],
  ['funding.tsssu-launched', 2014],
  ['funding.venture-fund.2017', 2_000_000_000],
  // universities
  ['universities.electrical-electronic-engineering.hkust', 20],
  ['universities.electrical-electronic-engineering.hku', 36],
  ['universities.electrical-electronic-engineering.cuhk', 65],
  ['universities.electrical-electronic-engineering.cityu', 71],
  ['universities.electrical-electronic-engineering.polyu', 92],
  ['universities.computer-science.hkust', 30],
  ['universities.computer-science.cuhk', 31],
  ['universities.computer-science.hku', 43],
  ['universities.computer-science.cityu', 68],
  ['universities.chemistry.hkust', 31],
  ['universities.chemistry.hku', 52],
  ['universities.chemistry.cuhk', 95],
  ['universities.chemical-engineering.hkust', 32],
  ['universities.chemical-engineering.hku', 63],
  ['universities.mathematics.hkust', 36],
  ['universities.mathematics.cuhk', 37],
  ['universities.mathematics.hku', 53],
  ['universities.mathematics.cityu', 86],
  ['universities.physics-astronomy.hkust', 37],
  ['universities.physics-astronomy.hku', 66],
  ['universities.physics-astronomy.cuhk', 99],
  ['universities.medicine.hku', 39],
  ['universities.medicine.cuhk', 40],
  // rnd
  ['rnd.gerd-baseline', 0.73],
  ['rnd.gerd-target', 1.5],
  // infrastructure
  ['infrastructure.science-park-companies', 890],
  ['infrastructure.science-park-practitioners', 9000],
  ['infrastructure.science-park-clusters', 5],
  ['infrastructure.science-park-platforms', 3],
  ['infrastructure.cyberport-companies', 1500],
  ['infrastructure.rd-centres', 5],
  ['infrastructure.floor-area.science-park-expansion-phase-2', 28_000],
  ['infrastructure.floor-area.cyberport-5', 63_000],
  ['infrastructure.floor-area.amc-mec', 140_000],
  ['infrastructure.innocell-residential-spaces', 500],
  ['infrastructure.innocell-completed', 2020],
  ['infrastructure.dt-hub-opened', 2020],
  ['infrastructure.innohk-clusters', 2],
  ['infrastructure.innohk-labs', 20],
  ['infrastructure.innohk-labs-opening', 2021],
  ['infrastructure.state-key-laboratories', 16],
  ['infrastructure.cnerc-branches', 6],
  ['infrastructure.loop-mou', 2017],
  ['infrastructure.loop-area', 87],
  ['infrastructure.loop-first-batch-from', 2024],
  ['infrastructure.loop-first-batch-to', 2027],
  ['infrastructure.loop-gross-area', 1_200_000],
  // talent
  ['talent.research-talent-hub-positions', 3700],
  ['talent.rttp-employees', 3500],
  ['talent.rttp-enterprises', 1800],
  ['talent.gba-yes-places.2021', 700],
  ['talent.techtas-launched', 2018],
  ['talent.global-stem-launch', 2021],
  // biotech
  ['biotech.healthcare-listings.2020', 23],
  ['biotech.healthcare-ipo-funds.2020', 98_000_000_000],
  ['biotech.pre-revenue-listings.2020', 14],
  ['biotech.pre-revenue-ipo-funds.2020', 40_000_000_000],
  ['biotech.listing-regime-launched', 2018],
  ['biotech.high-impact-publications', 250],
  ['biotech.medical-schools', 2],
  ['biotech.phase-1-centres', 2],
  ['biotech.phase-1-centres-set-up', 2014],
  ['biotech.nmpa-first-institutions', 3],
  ['biotech.hkib-founded', 1988],
  ['biotech.incubation-centre-established', 1996],
  ['biotech.karolinska-established', 2016],
  ['biotech.gibh-centre-established', 2017],
  // initiatives
  ['initiatives.key-areas', 4],
  ['initiatives.major-areas', 8],
  ['initiatives.it-blueprint', 1998],
  ['initiatives.smart-city-blueprint', 2017],
  ['initiatives.smart-city-blueprint-horizon', 5],
  ['initiatives.smart-city-areas', 6],
  ['initiatives.blueprint-2-released', 2020],
  ['initiatives.blueprint-2-initiatives', 130],
  ['initiatives.sensetime-founded', 2014],
  ['initiatives.sensetime-accuracy', 99],
  ['initiatives.sensetime-years-to-unicorn', 3],
  ['initiatives.hkai-lab-launched', 2018],
  ['initiatives.hkma-initiatives', 2020],
  ['initiatives.central-funding-access', 2018],
  ['initiatives.cornell-cityu', 2010],
  ['initiatives.mit-innovation-node', 2016],
];

/** Every figure for other years, taken from later sources (see shared/sources/later-years.md). */
const LATER_FIGURES: Array<[id: string, value: number]> = [
  // rankings
  ['rankings.gii.2013', 7],
  ['rankings.gii.2014', 10],
  ['rankings.gii.2015', 11],
  ['rankings.gii.2016', 14],
  ['rankings.gii.2021', 14],
  ['rankings.gii.2022', 14],
  ['rankings.gii.2023', 17],
  ['rankings.gii.2024', 18],
  ['rankings.gii.2025', 15],
  ['rankings.gii.2013.singapore', 8],
  ['rankings.gii.2014.singapore', 7],
  ['rankings.gii.2015.singapore', 7],
  ['rankings.gii.2016.singapore', 6],
  ['rankings.gii.2018.singapore', 5],
  ['rankings.gii.2019.singapore', 8],
  ['rankings.gii.2020.singapore', 8],
  ['rankings.gii.2021.singapore', 8],
  ['rankings.gii.2022.singapore', 7],
  ['rankings.gii.2023.singapore', 5],
  ['rankings.gii.2024.singapore', 4],
  ['rankings.gii.2025.singapore', 5],
  ['rankings.gii.2013.south-korea', 18],
  ['rankings.gii.2015.south-korea', 14],
  ['rankings.gii.2016.south-korea', 11],
  ['rankings.gii.2018.south-korea', 12],
  ['rankings.gii.2019.south-korea', 11],
  ['rankings.gii.2020.south-korea', 10],
  ['rankings.gii.2021.south-korea', 5],
  ['rankings.gii.2022.south-korea', 6],
  ['rankings.gii.2024.south-korea', 6],
  ['rankings.gii.2025.south-korea', 4],
  ['rankings.gii.2013.mainland-china', 35],
  ['rankings.gii.2015.mainland-china', 29],
  ['rankings.gii.2016.mainland-china', 25],
  ['rankings.gii.2017.mainland-china', 22],
  ['rankings.gii.2018.mainland-china', 17],
  ['rankings.gii.2020.mainland-china', 14],
  ['rankings.gii.2021.mainland-china', 12],
  ['rankings.gii.2022.mainland-china', 11],
  ['rankings.gii.2024.mainland-china', 11],
  ['rankings.gii.2025.mainland-china', 10],
  ['rankings.gii.2013.switzerland', 1],
  ['rankings.gii.2016.switzerland', 1],
  ['rankings.gii.2018.switzerland', 1],
  ['rankings.gii.2021.switzerland', 1],
  ['rankings.gii.2022.switzerland', 1],
  ['rankings.gii.2023.switzerland', 1],
  ['rankings.gii.2024.switzerland', 1],
  ['rankings.gii.2025.switzerland', 1],
  ['rankings.imd-digital.2021', 2],
  ['rankings.imd-digital.2022', 9],
  ['rankings.imd-digital.2023', 10],
  ['rankings.imd-digital.2024', 7],
  ['rankings.imd-digital.2025', 4],
  ['rankings.imd-digital.2019.singapore', 2],
  ['rankings.imd-digital.2020.singapore', 2],
  ['rankings.imd-digital.2021.singapore', 5],
  ['rankings.imd-digital.2023.singapore', 3],
  ['rankings.imd-digital.2024.singapore', 1],
  ['rankings.imd-digital.2025.singapore', 3],
  ['rankings.imd-digital.2019.south-korea', 10],
  ['rankings.imd-digital.2020.south-korea', 8],
  ['rankings.imd-digital.2023.south-korea', 6],
  ['rankings.imd-digital.2024.south-korea', 6],
  ['rankings.imd-digital.2024.mainland-china', 14],
  ['rankings.imd-digital.2019.switzerland', 5],
  ['rankings.imd-digital.2020.switzerland', 6],
  ['rankings.imd-digital.2023.switzerland', 5],
  ['rankings.imd-digital.2024.switzerland', 2],
  ['rankings.imd-digital.2025.switzerland', 1],
  ['rankings.gii-cluster.2021', 2],
  ['rankings.gii-cluster.2022', 2],
  ['rankings.gii-cluster.2023', 2],
  ['rankings.gii-cluster.2024', 2],
  ['rankings.gii-cluster.2025', 1],
  // startups
  ['startups.startups.2015', 1558],
  ['startups.startups.2016', 1926],
  ['startups.startups.2019', 3184],
  ['startups.startups.2021', 3755],
  ['startups.startups.2022', 3985],
  ['startups.startups.2023', 4257],
  ['startups.startups.2024', 4694],
  ['startups.startups.2025', 5221],
  ['startups.employees.2015', 3721],
  ['startups.employees.2016', 5229],
  ['startups.employees.2019', 12_478],
  ['startups.employees.2021', 13_804],
  ['startups.employees.2022', 14_932],
  ['startups.employees.2024', 17_651],
  // fintech
  ['fintech.fintech-startups.2015', 86],
  ['fintech.fintech-startups.2021', 472],
  ['fintech.fintech-startups.2024', 600],
  // rnd
  ['rnd.gerd-csd.2015', 0.76],
  ['rnd.gerd-csd.2016', 0.79],
  ['rnd.gerd-csd.2017', 0.8],
  ['rnd.gerd-csd.2018', 0.86],
  ['rnd.gerd-csd.2019', 0.92],
  ['rnd.gerd-csd.2022', 1.07],
  ['rnd.gerd-csd.2024', 1.13],
  // infrastructure
  ['infrastructure.science-park-companies.2024', 1700],
  ['infrastructure.cyberport-companies.2023', 2000],
];

/** The qualifier each figure carries; figures not listed here carry none. */
const QUALIFIERS: Record<string, Qualifier> = {
  'startups.employees.2020': 'over',
  'startups.non-local-founders.2020': 'about',
  'funding.itf-approved.2020': 'about',
  'funding.government-allocation': 'over',
  'funding.tsssu-per-university': 'up to',
  'funding.tsssu-per-startup': 'up to',
  'funding.tsssu-years': 'up to',
  'infrastructure.science-park-companies': 'over',
  'infrastructure.science-park-practitioners': 'about',
  'infrastructure.cyberport-companies': 'over',
  'infrastructure.floor-area.science-park-expansion-phase-2': 'about',
  'infrastructure.floor-area.cyberport-5': 'about',
  'infrastructure.floor-area.amc-mec': 'over',
  'infrastructure.innocell-residential-spaces': 'about',
  'infrastructure.innohk-labs': 'about',
  'talent.research-talent-hub-positions': 'over',
  'talent.rttp-employees': 'over',
  'talent.rttp-enterprises': 'about',
  'talent.gba-yes-places.2021': 'about',
  'biotech.high-impact-publications': 'about',
  'initiatives.blueprint-2-initiatives': 'over',
  'initiatives.sensetime-accuracy': 'over',
  'fintech.fintech-startups.2024': 'over',
  'infrastructure.science-park-companies.2024': 'over',
};

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8'));
}

function issues(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('\n');
}

const manifestResult = manifestSchema.safeParse(readJson('manifest.json'));
const manifestEntries = manifestResult.success ? manifestResult.data.datasets : [];

const parsed = manifestEntries.map((entry) => ({
  entry,
  result: datasetSchema.safeParse(readJson(entry.file)),
}));
const datasets: Dataset[] = parsed.flatMap(({ result }) => (result.success ? [result.data] : []));

const observations = new Map<string, { dataset: Dataset; observation: Observation }>();
for (const dataset of datasets)
  for (const observation of dataset.observations)
    observations.set(observation.id, { dataset, observation });

const isArticle = (o: Observation) => o.sourceId === ARTICLE_SOURCE_ID;

describe('data files', () => {
  it('manifest.json matches the manifest schema', () => {
    expect(manifestResult.success, manifestResult.success ? '' : issues(manifestResult.error)).toBe(
      true,
    );
    expect(manifestEntries.length).toBeGreaterThan(0);
  });

  it.each(manifestEntries.map((e) => [e.file, e] as const))(
    '%s matches the dataset schema',
    (_file, entry) => {
      const result = parsed.find((p) => p.entry === entry)!.result;
      expect(result.success, result.success ? '' : issues(result.error)).toBe(true);
      if (result.success) {
        expect(result.data.id).toBe(entry.id);
        expect(entry.file).toBe(`${entry.id}.json`);
      }
    },
  );

  it('lists every data file in the manifest, once', () => {
    const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
    const listed = manifestEntries.map((e) => e.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...files].sort());
  });

  it('uses observation ids unique across all datasets', () => {
    const ids = datasets.flatMap((d) => d.observations.map((o) => o.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names each observation <dataset>.<series>[.<year>|.<category>]', () => {
    for (const dataset of datasets)
      for (const o of dataset.observations) {
        const base = `${dataset.id}.${o.series}`;
        const allowed = [
          base,
          `${base}.${o.year}.${o.category}`,
          `${base}.${o.year}`,
          `${base}.${o.category}`,
        ];
        expect(allowed, `observation ${o.id}`).toContain(o.id);
      }
  });

  it('points every headline at figures of its dataset', () => {
    expect(manifestResult.success).toBe(true);
    if (!manifestResult.success) return;
    for (const h of manifestResult.data.headlines) {
      for (const id of [h.figure, h.base, h.companion]) {
        if (id === undefined) continue;
        expect(observations.get(id)?.dataset.id, `headline ${h.id}: ${id}`).toBe(h.dataset);
      }
      if (h.display === 'multiple') expect(h.base, `headline ${h.id} needs a base`).toBeDefined();
    }
  });
});

describe('figures', () => {
  it('keeps every article figure with its exact value', () => {
    for (const [id, value] of ARTICLE_FIGURES) {
      const found = observations.get(id)?.observation;
      expect(found, `missing article figure ${id}`).toBeDefined();
      expect(found?.value, id).toBe(value);
      expect(found?.sourceId, id).toBe(ARTICLE_SOURCE_ID);
    }
  });

  it('lists every article figure in ARTICLE_FIGURES', () => {
    const listed = ARTICLE_FIGURES.map(([id]) => id);
    expect(new Set(listed).size).toBe(listed.length);
    const inData = [...observations.values()]
      .filter(({ observation }) => isArticle(observation))
      .map(({ observation }) => observation.id);
    expect([...inData].sort()).toEqual([...listed].sort());
  });

  it('keeps every later-year figure with its exact value', () => {
    const listed = LATER_FIGURES.map(([id]) => id);
    expect(new Set(listed).size).toBe(listed.length);
    for (const [id, value] of LATER_FIGURES) {
      const found = observations.get(id)?.observation;
      expect(found, `missing later figure ${id}`).toBeDefined();
      expect(found?.value, id).toBe(value);
      expect(found?.sourceId, id).not.toBe(ARTICLE_SOURCE_ID);
    }
    const inData = [...observations.values()]
      .filter(({ observation }) => !isArticle(observation))
      .map(({ observation }) => observation.id);
    expect([...inData].sort()).toEqual([...listed].sort());
  });

  it('keeps each figure\'s qualifier ("over", "about", "up to")', () => {
    for (const { observation: o } of observations.values())
      expect(o.qualifier, o.id).toBe(QUALIFIERS[o.id]);
    for (const id of Object.keys(QUALIFIERS)) expect(observations.has(id), id).toBe(true);
  });

  it('quotes the article for every article figure that is not derived', () => {
    for (const { observation: o } of observations.values())
      if (isArticle(o) && !o.derived) expect(o.quote, `${o.id} has no quote`).toBeTruthy();
  });

  it('derives values only from figures of the same dataset, with consistent arithmetic', () => {
    let checked = 0;
    for (const { dataset, observation: o } of observations.values()) {
      if (!o.derived) continue;
      const from = o.derived.from.map((id) => dataset.observations.find((x) => x.id === id));
      from.forEach((x, i) => expect(x, `${o.id} derives from ${o.derived!.from[i]}`).toBeDefined());
      if (/^100% minus/.test(o.derived.method)) {
        const rest = from.reduce((sum, x) => sum + (x?.value ?? Number.NaN), 0);
        expect(o.value, o.id).toBeCloseTo(100 - rest, 9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(1);
  });

  it('gives the "other sectors" ITF share as 100% minus the four named sectors', () => {
    const share = (c: string) =>
      observations.get(`funding.itf-sector-share.${c}`)?.observation.value ?? Number.NaN;
    const named = [
      'foundation-industries',
      'information-technology',
      'electrical-electronics',
      'biotechnology',
    ];
    const rest = 100 - named.reduce((sum, c) => sum + share(c), 0);
    expect(share('other-sectors')).toBeCloseTo(rest, 9);
    expect(share('other-sectors')).toBe(44.3);
  });

  it('never puts a later figure in the same series and year as an article figure', () => {
    for (const dataset of datasets) {
      const key = (o: Observation) => `${o.series}|${o.year ?? ''}|${o.category ?? ''}`;
      const article = new Set(dataset.observations.filter(isArticle).map(key));
      for (const o of dataset.observations)
        if (!isArticle(o))
          expect(article.has(key(o)), `${o.id} shares series and year with an article figure`).toBe(
            false,
          );
    }
  });

  it('notes a different later figure for an article year as an alternative, from its own source', () => {
    for (const { dataset, observation: o } of observations.values())
      for (const alt of o.alternatives ?? []) {
        expect(alt.sourceId, o.id).not.toBe(o.sourceId);
        expect(alt.value, o.id).not.toBe(o.value);
        expect(
          dataset.sources.some((s) => s.id === alt.sourceId),
          o.id,
        ).toBe(true);
      }
    const employees = observations.get('startups.employees.2020')?.observation;
    expect(employees?.alternatives).toEqual([
      expect.objectContaining({ value: 10_688, sourceId: 'hktdc-startups-2020' }),
    ]);
  });

  it('cites the article with one shared source entry', () => {
    for (const dataset of datasets) {
      const source = dataset.sources.find((s) => s.id === ARTICLE_SOURCE_ID);
      if (!dataset.observations.some(isArticle)) continue;
      expect(source, dataset.id).toEqual({
        id: ARTICLE_SOURCE_ID,
        publisher: 'HKTDC Research',
        publisherI18n: { 'zh-Hant': '香港貿易發展局經貿研究', 'zh-Hans': '香港贸易发展局经贸研究' },
        title: 'Innovation and Technology Industry in Hong Kong',
        date: '2021-03-12',
        url: 'https://hkmb.hktdc.com/en/MzEzOTIwMDIy',
        sourceType: 'primary',
      });
    }
  });
});
