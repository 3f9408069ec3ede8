import { z } from 'zod/mini';

// zod/mini: the same validation as zod's classic API, but its schemas carry no methods, so the
// module builds its schemas (on every page load, before the first render) several times faster.
// No generated code: zod's JIT probes `new Function`, which a strict CSP (rightly) reports.
z.config({ jitless: true });

const nonEmpty = () => z.string().check(z.minLength(1));
const whole = (error: string) => z.refine<number>((n) => Number.isInteger(n), { error });

/**
 * The data contract. Every dataset file under the data base URL is validated against
 * `datasetSchema`; the manifest against `manifestSchema`. Types are inferred from
 * these schemas and never written by hand.
 */

export const FOCUS_AREAS = ['biotech', 'ai', 'smart-city', 'fintech'] as const;
export const focusAreaSchema = z.enum(FOCUS_AREAS);

export const UNITS = [
  'rank',
  'count',
  'people',
  'percent',
  'hkd',
  'sqm',
  'hectares',
  'multiple',
  'year',
] as const;
export const unitSchema = z.enum(UNITS);

export const QUALIFIERS = ['over', 'about', 'at least', 'up to'] as const;
export const qualifierSchema = z.enum(QUALIFIERS);

const isoDate = z.string().check(
  z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  }),
);

/**
 * A text from the data in the two Chinese scripts. The English stays in the field it translates
 * (`label`, `title`, `note`...), so a file without translations is still valid and reads in
 * English; `src/data/localize.ts` picks the text for the active language.
 */
const translatedText = z
  .string()
  .check(z.trim(), z.minLength(1, { error: 'expected a non-empty translation' }));
export const translationsSchema = z.strictObject({
  'zh-Hant': translatedText,
  'zh-Hans': translatedText,
});

/** An address a reader can open: https, and a page rather than a bare domain. */
const pageUrl = z.string().check(
  z.regex(/^https:\/\//, { error: 'expected an https:// address' }),
  z.regex(/^[a-z]+:\/\/[^/]+\/[^/?#]|^[a-z]+:\/\/[^/]+\/?\?./, {
    error: 'expected the address of a page, not a bare domain',
  }),
);

/**
 * Where a figure comes from. `publisher` is the original publisher; when we read a repost, `via`
 * names the site that reposted it and `url` is the address we read. `date` is the date of
 * publication; for a living table (or a page that gives none) `accessed` is the day it was read.
 */
export const sourceSchema = z
  .object({
    id: nonEmpty(),
    publisher: nonEmpty(),
    /** Official Chinese names of the publisher, where it has them. */
    publisherI18n: z.optional(translationsSchema),
    title: nonEmpty(),
    date: z.optional(isoDate),
    accessed: z.optional(isoDate),
    url: pageUrl,
    via: z.optional(nonEmpty()),
    sourceType: z.enum(['primary', 'secondary']),
  })
  .check(
    z.refine((s) => s.date !== undefined || s.accessed !== undefined, {
      error: 'expected a date of publication or the date the page was read (accessed)',
      path: ['date'],
    }),
  );

const year = z
  .number({ error: 'expected a year' })
  .check(
    whole('expected a whole year'),
    z.gte(1990, { error: 'expected a year from 1990' }),
    z.lte(2100, { error: 'expected a year up to 2100' }),
  );

export const derivationSchema = z.object({
  from: z.array(nonEmpty()).check(z.minLength(1)),
  method: nonEmpty(),
});

/** A figure reported again by a later source for the same year: shown as a note, never swapped in. */
export const alternativeSchema = z.object({
  value: z.number(),
  qualifier: z.optional(qualifierSchema),
  sourceId: nonEmpty(),
  note: z.optional(z.string()),
  noteI18n: z.optional(translationsSchema),
});

export const observationSchema = z.object({
  /** Stable id of the figure, e.g. `startups.count.2020`; tests list them so a lost figure fails. */
  id: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, { error: 'expected a lower-case dotted id' })),
  series: nonEmpty(),
  year: z.optional(year),
  category: z.optional(nonEmpty()),
  value: z
    .number({ error: 'expected a number' })
    .check(z.gte(0, { error: 'expected a number of zero or more' })),
  /** For ranks: how many economies were ranked that year. */
  outOf: z.optional(z.number().check(whole('expected a whole number'), z.gt(0))),
  /** When the number of economies ranked comes from another page than the rank itself. */
  outOfSourceId: z.optional(nonEmpty()),
  qualifier: z.optional(qualifierSchema),
  sourceId: nonEmpty(),
  /** The sentence (or table cell) the figure came from, verbatim. */
  quote: z.optional(nonEmpty()),
  /** For a figure read from a table: where the quoted cell is, named as the table prints it. */
  cell: z.optional(z.strictObject({ table: nonEmpty(), row: nonEmpty(), column: nonEmpty() })),
  derived: z.optional(derivationSchema),
  alternatives: z.optional(z.array(alternativeSchema)),
  note: z.optional(z.string()),
  /** `note` in Chinese. */
  noteI18n: z.optional(translationsSchema),
});

export const seriesSchema = z.object({
  id: nonEmpty(),
  label: nonEmpty(),
  /** `label` in Chinese. */
  labels: z.optional(translationsSchema),
  unit: unitSchema,
  /** Shares of one whole: the checks require them to sum to at most 100. */
  shareOfWhole: z.optional(z.boolean()),
});

export const categorySchema = z.object({
  id: nonEmpty(),
  label: nonEmpty(),
  /** `label` in Chinese: for universities, their official Chinese names. */
  labels: z.optional(translationsSchema),
});

const datasetShape = z.object({
  id: nonEmpty(),
  title: nonEmpty(),
  titleI18n: z.optional(translationsSchema),
  description: z.optional(z.string()),
  descriptionI18n: z.optional(translationsSchema),
  asOf: isoDate,
  areas: z.array(focusAreaSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  series: z.array(seriesSchema).check(z.minLength(1)),
  /** Labels of the `category` values (sectors, universities), when observations use them. */
  categories: z.optional(z.array(categorySchema)),
  observations: z.array(observationSchema),
  notes: z.optional(z.array(z.string())),
  /** `notes` in Chinese, one entry per note, in the same order. */
  notesI18n: z.optional(z.array(translationsSchema)),
});

type DatasetShape = z.infer<typeof datasetShape>;

/** Cross-field rules a JSON schema alone cannot state. Each issue names the exact path. */
function checkDataset(data: DatasetShape, ctx: z.core.$RefinementCtx<DatasetShape>): void {
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const seriesById = new Map(data.series.map((s) => [s.id, s]));
  const categoryIds = data.categories ? new Set(data.categories.map((c) => c.id)) : undefined;
  const seenIds = new Set<string>();
  const seenKeys = new Set<string>();
  const shareTotals = new Map<string, number>();

  // A translation belongs to an English text it translates, one to one.
  if (data.notesI18n && data.notesI18n.length !== (data.notes?.length ?? 0))
    ctx.addIssue({
      code: 'custom',
      path: ['notesI18n'],
      message: `expected one translation per note (${data.notes?.length ?? 0}), got ${data.notesI18n.length}`,
    });
  if (data.descriptionI18n && data.description === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['descriptionI18n'],
      message: 'a translation of a description the dataset does not have',
    });

  data.observations.forEach((o, i) => {
    const at = (field: string) => ['observations', i, field];
    if (seenIds.has(o.id))
      ctx.addIssue({ code: 'custom', path: at('id'), message: `duplicate id "${o.id}"` });
    seenIds.add(o.id);
    if (!sourceIds.has(o.sourceId))
      ctx.addIssue({
        code: 'custom',
        path: at('sourceId'),
        message: `unknown source "${o.sourceId}"`,
      });
    if (o.outOfSourceId !== undefined && !sourceIds.has(o.outOfSourceId))
      ctx.addIssue({
        code: 'custom',
        path: at('outOfSourceId'),
        message: `unknown source "${o.outOfSourceId}"`,
      });
    if (o.noteI18n && o.note === undefined)
      ctx.addIssue({
        code: 'custom',
        path: at('noteI18n'),
        message: 'a translation of a note the figure does not have',
      });
    o.alternatives?.forEach((a, j) => {
      if (a.noteI18n && a.note === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'alternatives', j, 'noteI18n'],
          message: 'a translation of a note the figure does not have',
        });
      if (!sourceIds.has(a.sourceId))
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'alternatives', j, 'sourceId'],
          message: `unknown source "${a.sourceId}"`,
        });
    });
    if (o.category !== undefined && categoryIds && !categoryIds.has(o.category))
      ctx.addIssue({
        code: 'custom',
        path: at('category'),
        message: `unknown category "${o.category}"`,
      });
    const series = seriesById.get(o.series);
    if (!series) {
      ctx.addIssue({ code: 'custom', path: at('series'), message: `unknown series "${o.series}"` });
      return;
    }
    const key = `${o.series}|${o.year ?? ''}|${o.category ?? ''}`;
    if (seenKeys.has(key))
      ctx.addIssue({
        code: 'custom',
        path: at(o.year !== undefined ? 'year' : 'category'),
        message: `duplicate observation for series "${o.series}"${o.year !== undefined ? ` in ${o.year}` : ''}${o.category ? ` (${o.category})` : ''}`,
      });
    seenKeys.add(key);
    if (series.unit === 'rank') {
      if (!Number.isInteger(o.value) || o.value < 1)
        ctx.addIssue({
          code: 'custom',
          path: at('value'),
          message: 'expected a positive integer rank',
        });
      if (o.outOf !== undefined && o.value > o.outOf)
        ctx.addIssue({
          code: 'custom',
          path: at('value'),
          message: `rank ${o.value} is beyond the ${o.outOf} economies ranked`,
        });
    }
    if (series.unit === 'percent' && o.value > 100)
      ctx.addIssue({
        code: 'custom',
        path: at('value'),
        message: 'expected a percentage of at most 100',
      });
    if (series.unit === 'count' || series.unit === 'people') {
      if (!Number.isInteger(o.value))
        ctx.addIssue({ code: 'custom', path: at('value'), message: 'expected a whole count' });
    }
    if (series.shareOfWhole) shareTotals.set(o.series, (shareTotals.get(o.series) ?? 0) + o.value);
  });

  for (const [series, total] of shareTotals) {
    // Shares are rounded in the source; allow a rounding margin of 0.05 points.
    if (total > 100.05)
      ctx.addIssue({
        code: 'custom',
        path: ['observations'],
        message: `shares of "${series}" sum to ${Math.round(total * 10) / 10}%, above 100%`,
      });
  }
}

export const datasetSchema = datasetShape.check(z.superRefine(checkDataset));

export const headlineSchema = z.object({
  id: nonEmpty(),
  dataset: nonEmpty(),
  /** The observation whose value is shown. */
  figure: nonEmpty(),
  /** How the figure is presented: its value, or (derived) the multiple of `base`. */
  display: z.enum(['value', 'multiple']),
  /** For `multiple`: the earlier observation the figure is compared with. */
  base: z.optional(nonEmpty()),
  /** A companion figure shown beside the value, such as the stated growth rate. */
  companion: z.optional(nonEmpty()),
  areas: z.array(focusAreaSchema),
});

export const manifestSchema = z.object({
  title: nonEmpty(),
  asOf: isoDate,
  datasets: z
    .array(z.object({ id: nonEmpty(), file: z.string().check(z.regex(/^[a-z0-9-]+\.json$/)) }))
    .check(z.minLength(1)),
  headlines: z.array(headlineSchema),
});

export type FocusArea = z.infer<typeof focusAreaSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Translations = z.infer<typeof translationsSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Headline = z.infer<typeof headlineSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
