import { afterAll, describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { UNITS, type Qualifier, type Unit } from '@/data/schema';
import {
  formatFigure,
  formatHkd,
  formatMultiple,
  formatPercent,
  formatRank,
  formatSignedPercent,
  intlLocale,
} from '@/lib/format';
import { createFigureParser } from './parse-figure';

const parse = createFigureParser(i18n.t, [intlLocale()]);

describe('createFigureParser', () => {
  it('reads plain, grouped, decimal and signed numbers', () => {
    expect(parse('3,360')).toMatchObject({ value: 3360, unit: null, qualifier: null });
    expect(parse('2018')).toMatchObject({ value: 2018 });
    expect(parse('0.99%')).toMatchObject({ value: 0.99, unit: 'percent' });
    expect(parse(formatSignedPercent(23.6))).toMatchObject({ value: 23.6, unit: 'percent' });
    expect(parse(formatSignedPercent(-3.25))).toMatchObject({ value: -3.3, unit: 'percent' });
  });

  it('reads compact amounts exactly (22.4 billion is 22400000000, not 22399999999.999996)', () => {
    expect(parse(formatHkd(22.4e9))).toMatchObject({ value: 22_400_000_000, unit: 'hkd' });
    expect(parse(formatHkd(1.5e6))).toMatchObject({ value: 1_500_000, unit: 'hkd' });
  });

  it('reads ranks with the number of economies ranked', () => {
    expect(parse(formatRank(11, 131))).toEqual({
      value: 11,
      unit: 'rank',
      qualifier: null,
      outOf: 131,
      note: null,
    });
    expect(parse(formatRank(2))).toMatchObject({ value: 2, unit: 'rank', outOf: null });
  });

  it('keeps a trailing remark as a note', () => {
    expect(parse('44.3% (derived)')).toMatchObject({
      value: 44.3,
      unit: 'percent',
      note: 'derived',
    });
    expect(parse('10,000+ (also reported: 10,688)')).toMatchObject({
      value: 10000,
      qualifier: 'over',
      note: 'also reported: 10,688',
    });
  });

  it('keeps text without a number as a note, with no value', () => {
    expect(parse('no figure')).toEqual({
      value: null,
      unit: null,
      qualifier: null,
      outOf: null,
      note: 'no figure',
    });
    expect(parse('–')).toMatchObject({ value: null, note: '–' });
    expect(parse('')).toMatchObject({ value: null, note: null });
  });

  // Every unit but ranks (which the figure parser never sees), as the schema lists them.
  const units: Unit[] = UNITS.filter((unit) => unit !== 'rank');
  const qualifiers: Array<Qualifier | undefined> = [
    undefined,
    'over',
    'about',
    'at least',
    'up to',
  ];
  const key = { over: 'over', about: 'about', 'at least': 'atLeast', 'up to': 'upTo' } as const;
  const samples: Record<Unit, number> = {
    count: 3360,
    people: 10000,
    percent: 26.5,
    hkd: 8e6,
    sqm: 140000,
    hectares: 87.5,
    multiple: 3.4,
    year: 2018,
    rank: 11,
  };
  const expectedUnit: Partial<Record<Unit, string>> = {
    percent: 'percent',
    hkd: 'hkd',
    sqm: 'sqm',
    hectares: 'hectares',
    multiple: 'multiple',
  };

  it.each(units.flatMap((unit) => qualifiers.map((q) => [unit, q] as const)))(
    'reads back what formatFigure wrote: %s, qualifier %s',
    (unit, qualifier) => {
      const value = samples[unit];
      const text = formatFigure({ value, qualifier }, unit);
      expect(parse(text), text).toEqual({
        value,
        unit: expectedUnit[unit] ?? null,
        qualifier: qualifier ? key[qualifier] : null,
        outOf: null,
        note: null,
      });
    },
  );

  it('reads the multiple and percent formats of the panels', () => {
    expect(parse(formatMultiple(5.2))).toMatchObject({ value: 5.2, unit: 'multiple' });
    expect(parse(formatPercent(17))).toMatchObject({ value: 17, unit: 'percent' });
    expect(parse('≈3,231')).toMatchObject({ value: 3231, qualifier: 'about' });
    expect(parse('HK$100 billion+')).toMatchObject({ value: 1e11, unit: 'hkd', qualifier: 'over' });
  });
});

describe.each(['zh-Hant', 'zh-Hans'])('createFigureParser in %s', (language) => {
  afterAll(() => i18n.changeLanguage('en'));

  it('reads back the Chinese patterns: 約224億港元, 逾1,000億港元, 最多800萬港元, 第2位', async () => {
    await i18n.changeLanguage(language);
    const zh = createFigureParser(i18n.t, [intlLocale(), language]);
    const read = (value: number, unit: Unit, qualifier?: Qualifier) => {
      const text = formatFigure({ value, qualifier }, unit);
      return { text, parsed: zh(text) };
    };
    for (const [value, unit, qualifier, expected] of [
      [22.4e9, 'hkd', 'about', 'about'],
      [1e11, 'hkd', 'over', 'over'],
      [8e6, 'hkd', 'up to', 'upTo'],
      [1.38e8, 'hkd', undefined, null],
      [140000, 'sqm', 'over', 'over'],
      [3.4, 'multiple', undefined, null],
      [26, 'percent', 'about', 'about'],
      [3360, 'count', 'at least', 'atLeast'],
    ] as const) {
      const { text, parsed } = read(value, unit, qualifier);
      expect(parsed, text).toMatchObject({ value, qualifier: expected, note: null });
    }
    expect(zh(formatRank(2))).toMatchObject({ value: 2, unit: 'rank' });
    expect(zh('≈3,231')).toMatchObject({ value: 3231, qualifier: 'about' });
  });
});
