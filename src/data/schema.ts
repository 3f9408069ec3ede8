import { z } from 'zod';

// No generated code: zod's JIT probes `new Function`, which a strict CSP (rightly) reports.
z.config({ jitless: true });

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

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' });

/**
 * A text from the data in the two Chinese scripts. The English stays in the field it translates
 * (`label`, `title`, `note`...), so a file without translations is still valid and reads in
 * English; `src/data/localize.ts` picks the text for the active language.
 */
const translatedText = z.string().trim().min(1, { error: 'expected a non-empty translation' });
export const translationsSchema = z.strictObject({
  'zh-Hant': translatedText,
  'zh-Hans': translatedText,
});

export const sourceSchema = z.object({
  id: z.string().min(1),
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: isoDate.optional(),
  url: z
    .string()
    .regex(/^https:\/\//, { error: 'expected an https:// address' })
    .optional(),
  sourceType: z.enum(['primary', 'secondary']),
});

const year = z
  .number({ error: 'expected a year' })
  .int({ error: 'expected a whole year' })
  .min(1990, { error: 'expected a year from 1990' })
  .max(2100, { error: 'expected a year up to 2100' });

export const derivationSchema = z.object({
  from: z.array(z.string().min(1)).min(1),
  method: z.string().min(1),
});

/** A figure reported again by a later source for the same year: shown as a note, never swapped in. */
export const alternativeSchema = z.object({
  value: z.number(),
  qualifier: qualifierSchema.optional(),
  sourceId: z.string().min(1),
  note: z.string().optional(),
  noteI18n: translationsSchema.optional(),
});

export const observationSchema = z.object({
  /** Stable id of the figure, e.g. `startups.count.2020`; tests list them so a lost figure fails. */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, { error: 'expected a lower-case dotted id' }),
  series: z.string().min(1),
  year: year.optional(),
  category: z.string().min(1).optional(),
  value: z
    .number({ error: 'expected a number' })
    .nonnegative({ error: 'expected a number of zero or more' }),
  /** For ranks: how many economies were ranked that year. */
  outOf: z.number().int({ error: 'expected a whole number' }).positive().optional(),
  qualifier: qualifierSchema.optional(),
  sourceId: z.string().min(1),
  /** The sentence (or table cell) the figure came from, verbatim. */
  quote: z.string().min(1).optional(),
  derived: derivationSchema.optional(),
  alternatives: z.array(alternativeSchema).optional(),
  note: z.string().optional(),
  /** `note` in Chinese. */
  noteI18n: translationsSchema.optional(),
});

export const seriesSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** `label` in Chinese. */
  labels: translationsSchema.optional(),
  unit: unitSchema,
  /** Shares of one whole: the checks require them to sum to at most 100. */
  shareOfWhole: z.boolean().optional(),
});

export const categorySchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** `label` in Chinese: for universities, their official Chinese names. */
  labels: translationsSchema.optional(),
});

const datasetShape = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  titleI18n: translationsSchema.optional(),
  description: z.string().optional(),
  descriptionI18n: translationsSchema.optional(),
  asOf: isoDate,
  areas: z.array(focusAreaSchema),
  sources: z.array(sourceSchema).min(1),
  series: z.array(seriesSchema).min(1),
  /** Labels of the `category` values (sectors, universities), when observations use them. */
  categories: z.array(categorySchema).optional(),
  observations: z.array(observationSchema),
  notes: z.array(z.string()).optional(),
  /** `notes` in Chinese, one entry per note, in the same order. */
  notesI18n: z.array(translationsSchema).optional(),
});

type DatasetShape = z.infer<typeof datasetShape>;

/** Cross-field rules a JSON schema alone cannot state. Each issue names the exact path. */
function checkDataset(data: DatasetShape, ctx: z.RefinementCtx): void {
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

export const datasetSchema = datasetShape.superRefine(checkDataset);

export const headlineSchema = z.object({
  id: z.string().min(1),
  dataset: z.string().min(1),
  /** The observation whose value is shown. */
  figure: z.string().min(1),
  /** How the figure is presented: its value, or (derived) the multiple of `base`. */
  display: z.enum(['value', 'multiple']),
  /** For `multiple`: the earlier observation the figure is compared with. */
  base: z.string().min(1).optional(),
  /** A companion figure shown beside the value, such as the stated growth rate. */
  companion: z.string().min(1).optional(),
  areas: z.array(focusAreaSchema),
});

export const manifestSchema = z.object({
  title: z.string().min(1),
  asOf: isoDate,
  datasets: z
    .array(z.object({ id: z.string().min(1), file: z.string().regex(/^[a-z0-9-]+\.json$/) }))
    .min(1),
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
