import type { TFunction } from 'i18next';

/**
 * Reads a figure back from the text a table shows ("≈HK$22.4 billion", "140,000+ m²",
 * "11 / 131", "+23.6%") into a plain number, its unit and its qualifier, so a CSV can hold
 * numbers a spreadsheet reads. The patterns come from the message catalogue and Intl for the
 * active language, the same ones that wrote the text; what does not parse is kept as a note.
 */

export type FigureUnit = 'percent' | 'hkd' | 'sqm' | 'hectares' | 'multiple' | 'rank';
export type FigureQualifier = 'over' | 'about' | 'atLeast' | 'upTo';

export interface ParsedFigure {
  value: number | null;
  unit: FigureUnit | null;
  qualifier: FigureQualifier | null;
  /** Economies ranked, for "11 / 131". */
  outOf: number | null;
  /** A trailing "(…)" remark, or the whole text when it holds no number ("no figure"). */
  note: string | null;
}

/** Stand-ins for the value in a catalogue pattern (private-use characters never in real text). */
const MARK = '\uE000';
const MARK2 = '\uE001';

interface Affix<K> {
  key: K;
  pre: string;
  suf: string;
}

function affix<K>(key: K, pattern: string): Affix<K> | null {
  const at = pattern.indexOf(MARK);
  if (at === -1) return null;
  const pre = pattern.slice(0, at);
  const suf = pattern.slice(at + MARK.length);
  return pre || suf ? { key, pre, suf } : null;
}

function strip<K>(text: string, candidates: readonly Affix<K>[]): { key: K; rest: string } | null {
  for (const { key, pre, suf } of candidates) {
    if (text.length > pre.length + suf.length && text.startsWith(pre) && text.endsWith(suf)) {
      const rest = text.slice(pre.length, text.length - suf.length).trim();
      if (rest) return { key, rest };
    }
  }
  return null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface NumberSyntax {
  group: string;
  decimal: string;
  percent: string;
  /** Compact words ("billion", "億") and the power of ten each stands for. */
  compact: Array<{ word: string; exponent: number }>;
}

function numberSyntax(locales: readonly string[]): NumberSyntax {
  const [locale = 'en'] = locales;
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const percent =
    new Intl.NumberFormat(locale, { style: 'percent' })
      .formatToParts(0.5)
      .find((p) => p.type === 'percentSign')?.value ?? '%';
  const compact: NumberSyntax['compact'] = [];
  // Amounts may be written compact in a locale of their own (萬 and 億 for zh-Hant in Hong Kong).
  for (const [exponent, format] of locales.flatMap((l) => {
    const f = new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long' });
    return Array.from({ length: 13 }, (_, i) => [i + 3, f] as const);
  })) {
    const formatted = format.formatToParts(10 ** exponent);
    const word = formatted.find((p) => p.type === 'compact')?.value;
    const shown = Number(
      formatted
        .filter((p) => p.type === 'integer')
        .map((p) => p.value)
        .join(''),
    );
    if (!word || !shown) continue;
    const power = exponent - Math.round(Math.log10(shown));
    if (!compact.some((c) => c.word === word)) compact.push({ word, exponent: power });
  }
  // Longest first, so "百萬" is tried before "萬".
  compact.sort((a, b) => b.word.length - a.word.length);
  return { group, decimal, percent, compact };
}

/**
 * A plain or compact number with an optional sign and percent sign, or null. The value is
 * built from its decimal text ("22.4e9"), so 22.4 billion is exactly 22400000000.
 */
function parseNumber(
  text: string,
  syntax: NumberSyntax,
): { value: number; percent: boolean } | null {
  let s = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  let percent = false;
  if (s.includes(syntax.percent)) {
    percent = true;
    s = s.replace(syntax.percent, '').trim();
  }
  let exponent = 0;
  for (const { word, exponent: power } of syntax.compact) {
    if (s.endsWith(word)) {
      exponent = power;
      s = s.slice(0, -word.length).trim();
      break;
    }
  }
  let sign = '';
  if (/^[+\-\u2212]/.test(s)) {
    sign = s[0] === '+' ? '' : '-';
    s = s.slice(1).trim();
  }
  const groups = new RegExp(`[${escapeRegExp(syntax.group)}\\u00a0\\u202f ]`, 'g');
  s = s.replace(groups, '').split(syntax.decimal).join('.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const value = Number(`${sign}${s}e${exponent}`);
  return Number.isFinite(value) ? { value: value === 0 ? 0 : value, percent } : null;
}

export type FigureParser = (text: string) => ParsedFigure;

/** Hedges written as symbols whatever the language ("≈3,231"), tried after the catalogue's. */
const SYMBOL_QUALIFIERS: readonly Affix<FigureQualifier>[] = [
  { key: 'about', pre: '≈', suf: '' },
  { key: 'about', pre: '~', suf: '' },
  { key: 'atLeast', pre: '≥', suf: '' },
  { key: 'over', pre: '', suf: '+' },
];

/**
 * A parser for the active language's patterns. `locales`: the Intl locale of numbers first,
 * then any other locale amounts may be written in.
 */
export function createFigureParser(t: TFunction, locales: readonly string[]): FigureParser {
  const syntax = numberSyntax(locales);
  const qualifiers = [
    affix<FigureQualifier>('over', t('qualifier.over', { value: MARK })),
    affix<FigureQualifier>('about', t('qualifier.about', { value: MARK })),
    affix<FigureQualifier>('atLeast', t('qualifier.atLeast', { value: MARK })),
    affix<FigureQualifier>('upTo', t('qualifier.upTo', { value: MARK })),
  ]
    .filter((a): a is Affix<FigureQualifier> => a !== null)
    .concat(SYMBOL_QUALIFIERS);
  const units = [
    affix<FigureUnit>('hkd', t('format.hkd', { value: MARK })),
    affix<FigureUnit>('sqm', t('format.sqm', { value: MARK })),
    affix<FigureUnit>('hectares', t('format.hectares', { value: MARK })),
    affix<FigureUnit>('multiple', t('format.multiple', { value: MARK })),
    affix<FigureUnit>('rank', t('format.rank', { rank: MARK })),
  ].filter((a): a is Affix<FigureUnit> => a !== null);
  // "11 / 131": the rank and the number of economies ranked.
  const outOfPattern = t('format.rankOutOf', { rank: MARK, outOf: MARK2 });
  const outOf = new RegExp(
    `^${escapeRegExp(outOfPattern).replace(MARK, '(.+?)').replace(MARK2, '(.+)')}$`,
  );

  return (text) => {
    const empty: ParsedFigure = {
      value: null,
      unit: null,
      qualifier: null,
      outOf: null,
      note: null,
    };
    const whole = text.trim();
    if (!whole) return empty;
    let core = whole;
    let note: string | null = null;
    const remark = /^(.*?\S)\s*[(（]([^()（）]+)[)）]$/u.exec(core);
    if (remark?.[1] && remark[2]) {
      core = remark[1];
      note = remark[2].trim();
    }
    let unit: FigureUnit | null = null;
    let qualifier: FigureQualifier | null = null;
    for (let pass = 0; pass < 4; pass++) {
      const ranked = outOf.exec(core);
      if (ranked?.[1] && ranked[2]) {
        const rank = parseNumber(ranked[1], syntax);
        const of = parseNumber(ranked[2], syntax);
        if (rank && of)
          return { value: rank.value, unit: 'rank', qualifier, outOf: of.value, note };
      }
      const q: { key: FigureQualifier; rest: string } | null =
        qualifier === null ? strip(core, qualifiers) : null;
      if (q) {
        qualifier = q.key;
        core = q.rest;
        continue;
      }
      const u: { key: FigureUnit; rest: string } | null = unit === null ? strip(core, units) : null;
      if (u) {
        unit = u.key;
        core = u.rest;
        continue;
      }
      break;
    }
    const number = parseNumber(core, syntax);
    if (!number) return { ...empty, note: whole };
    return {
      value: number.value,
      unit: unit ?? (number.percent ? 'percent' : null),
      qualifier,
      outOf: null,
      note,
    };
  };
}
