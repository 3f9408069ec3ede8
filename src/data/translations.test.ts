import { describe, expect, it } from 'vitest';
import { TRANSLATED_LANGUAGES } from '@/lib/language';
import { datasetFixture, manifestFixture } from '../../mock-data/fixtures';
import { localizeDataset, pickText } from './localize';
import { datasetSchema, type Dataset, type Translations } from './schema';

/**
 * Every text a user reads from the data has both Chinese translations: series and category
 * labels, dataset titles, descriptions and notes, and the notes of single figures. Quotes and
 * source titles are the source's own words and have none.
 */

const datasets: Dataset[] = manifestFixture().datasets.map(({ id }) =>
  datasetSchema.parse(datasetFixture(id)),
);

const CJK = /[\u3400-\u9fff]/;

/** Each translatable text of a dataset, with a path for the failure message. */
function texts(d: Dataset): Array<{ path: string; english: string; zh: Translations | undefined }> {
  return [
    { path: 'title', english: d.title, zh: d.titleI18n },
    ...(d.description !== undefined
      ? [{ path: 'description', english: d.description, zh: d.descriptionI18n }]
      : []),
    ...(d.notes ?? []).map((note, i) => ({
      path: `notes[${i}]`,
      english: note,
      zh: d.notesI18n?.[i],
    })),
    ...d.series.map((s) => ({ path: `series.${s.id}`, english: s.label, zh: s.labels })),
    ...(d.categories ?? []).map((c) => ({
      path: `categories.${c.id}`,
      english: c.label,
      zh: c.labels,
    })),
    ...d.observations.flatMap((o) => [
      ...(o.note !== undefined
        ? [{ path: `observations.${o.id}.note`, english: o.note, zh: o.noteI18n }]
        : []),
      ...(o.alternatives ?? []).flatMap((a, j) =>
        a.note !== undefined
          ? [
              {
                path: `observations.${o.id}.alternatives[${j}].note`,
                english: a.note,
                zh: a.noteI18n,
              },
            ]
          : [],
      ),
    ]),
  ];
}

describe.each(datasets.map((d) => [d.id, d] as const))('%s.json', (_id, dataset) => {
  it('has both Chinese translations of every label, title and note', () => {
    const missing = texts(dataset).flatMap(({ path, zh }) =>
      TRANSLATED_LANGUAGES.filter((language) => !zh?.[language]?.trim()).map(
        (language) => `${path} (${language})`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('has translations written in Chinese', () => {
    const notChinese = texts(dataset).flatMap(({ path, zh }) =>
      TRANSLATED_LANGUAGES.filter((language) => zh && !CJK.test(zh[language])).map(
        (language) => `${path} (${language})`,
      ),
    );
    expect(notChinese).toEqual([]);
  });

  it('reads in each language without touching figures, quotes or source titles', () => {
    for (const language of TRANSLATED_LANGUAGES) {
      const local = localizeDataset(dataset, language);
      expect(local.observations.map((o) => [o.id, o.value, o.quote, o.sourceId])).toEqual(
        dataset.observations.map((o) => [o.id, o.value, o.quote, o.sourceId]),
      );
      // A citation keeps the source's own title and address; a publisher with an official
      // Chinese name is named by it.
      expect(local.sources.map(({ publisher: _publisher, ...rest }) => rest)).toEqual(
        dataset.sources.map(({ publisher: _publisher, ...rest }) => rest),
      );
      expect(local.sources.map((s) => s.publisher)).toEqual(
        dataset.sources.map((s) => s.publisherI18n?.[language] ?? s.publisher),
      );
      expect(local.series.map((s) => s.label)).toEqual(
        dataset.series.map((s) => s.labels?.[language]),
      );
    }
    expect(localizeDataset(dataset, 'en')).toBe(dataset);
  });
});

describe('data labels', () => {
  const universities = datasets.find((d) => d.id === 'universities');
  const label = (id: string) => universities?.categories?.find((c) => c.id === id)?.labels;

  it("use the universities' official Chinese names", () => {
    expect(label('hkust')).toEqual({ 'zh-Hant': '香港科技大學', 'zh-Hans': '香港科技大学' });
    expect(label('hku')).toEqual({ 'zh-Hant': '香港大學', 'zh-Hans': '香港大学' });
    expect(label('cuhk')).toEqual({ 'zh-Hant': '香港中文大學', 'zh-Hans': '香港中文大学' });
    expect(label('cityu')).toEqual({ 'zh-Hant': '香港城市大學', 'zh-Hans': '香港城市大学' });
    expect(label('polyu')).toEqual({ 'zh-Hant': '香港理工大學', 'zh-Hans': '香港理工大学' });
  });

  it('fall back to the English where the data has no translation', () => {
    expect(pickText('HKUST', undefined, 'zh-Hant')).toBe('HKUST');
    expect(pickText('HKUST', { 'zh-Hant': '香港科技大學', 'zh-Hans': '香港科技大学' }, 'en')).toBe(
      'HKUST',
    );
  });
});

describe('the translation fields in the schema', () => {
  const base = datasetFixture('fintech');

  it('refuses an empty translation, naming the field', () => {
    const broken = structuredClone(base);
    broken.series[0]!.labels = { 'zh-Hant': '', 'zh-Hans': '金融科技初创企业' };
    const result = datasetSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['series', 0, 'labels', 'zh-Hant']);
  });

  it('refuses a translation list that does not match the notes one to one', () => {
    const broken = structuredClone(base);
    broken.notesI18n = [];
    const result = datasetSchema.safeParse(broken);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('notesI18n');
  });

  it('refuses an unknown language in a translation', () => {
    const broken = structuredClone(base) as unknown as {
      series: Array<{ labels: Record<string, string> }>;
    };
    broken.series[0]!.labels = { 'zh-Hant': '甲', 'zh-Hans': '甲', ja: '甲' };
    expect(datasetSchema.safeParse(broken).success).toBe(false);
  });
});
