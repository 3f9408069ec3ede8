import {
  createLoader,
  createParser,
  createSerializer,
  parseAsStringLiteral,
  useQueryStates,
  type inferParserType,
} from 'nuqs';
import { FOCUS_AREAS } from '@/data/schema';
import { LANGUAGES } from './language';
import { THEMES } from './theme';

/**
 * The whole view state lives in the URL query string, read and written only through this module.
 * Every parser rejects what it does not recognise (the value falls back to its default), and
 * defaults are left out of the URL so a link stays short and readable.
 */

export const RANKING_INDICES = ['gii', 'imd-digital'] as const;
export type RankingIndex = (typeof RANKING_INDICES)[number];

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** A four-digit year in a sane range; "2018abc", "1e9" or "-5" are not years. */
const parseAsYear = createParser<number>({
  parse: (value) => {
    if (!/^\d{4}$/.test(value)) return null;
    const year = Number(value);
    return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
  },
  serialize: String,
});

/** An id as the datasets spell them (lower-case words and hyphens), short. */
const parseAsId = createParser<string>({
  parse: (value) => (/^[a-z0-9][a-z0-9-]{0,47}$/.test(value) ? value : null),
  serialize: (value) => value,
});

/** Comma-separated ranking indices; unknown entries dropped, duplicates removed. */
const parseAsIndices = createParser<RankingIndex[]>({
  parse: (value) => {
    const items = value
      .split(',')
      .filter((v): v is RankingIndex => (RANKING_INDICES as readonly string[]).includes(v));
    const unique = RANKING_INDICES.filter((i) => items.includes(i));
    return unique.length ? unique : null;
  },
  serialize: (value) => value.join(','),
  eq: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
});

/** "1"/"0" only: `?present=yes` is not a flag. */
const parseAsFlag = createParser<boolean>({
  parse: (value) => (value === '1' ? true : value === '0' ? false : null),
  serialize: (value) => (value ? '1' : '0'),
});

/** Lobby-screen intervals in seconds; tests may add a short one through the URL. */
export const AUTOPLAY_SECONDS = ['off', '10', '30', '60', '2'] as const;
export type Autoplay = (typeof AUTOPLAY_SECONDS)[number];
/** The intervals offered in the presentation controls. */
export const AUTOPLAY_CHOICES = ['off', '10', '30', '60'] as const satisfies readonly Autoplay[];

export const viewParsers = {
  from: parseAsYear,
  to: parseAsYear,
  area: parseAsStringLiteral(FOCUS_AREAS),
  index: parseAsIndices.withDefault([...RANKING_INDICES]),
  metric: parseAsStringLiteral(['rank', 'percentile'] as const).withDefault('rank'),
  sector: parseAsId,
  subject: parseAsId,
  university: parseAsId,
  count: parseAsStringLiteral(['share', 'projects'] as const).withDefault('share'),
  /** Absent: the stored choice, else the system's. */
  theme: parseAsStringLiteral(THEMES),
  /** Absent: the stored choice, else the browser's languages. */
  lang: parseAsStringLiteral(LANGUAGES),
  present: parseAsFlag.withDefault(false),
  autoplay: parseAsStringLiteral(AUTOPLAY_SECONDS).withDefault('off'),
  caption: parseAsFlag.withDefault(true),
};

export type ViewState = inferParserType<typeof viewParsers>;
export type ViewKey = keyof ViewState;

/** Parses any query string into a valid view state. Never throws. */
export const loadViewState = createLoader(viewParsers);

/** Writes a view state as a query string, omitting defaults. */
export const serializeViewState = createSerializer(viewParsers, { clearOnDefault: true });

export const DEFAULT_VIEW: ViewState = loadViewState('');

export function useViewState() {
  return useQueryStates(viewParsers, { history: 'push', clearOnDefault: true, scroll: false });
}

/** The year window a view asks for, ordered even if the link had from and to reversed. */
export function yearWindow(view: Pick<ViewState, 'from' | 'to'>): { from: number; to: number } {
  const from = view.from ?? MIN_YEAR;
  const to = view.to ?? MAX_YEAR;
  return from <= to ? { from, to } : { from: to, to: from };
}

export function inYearWindow(
  year: number | undefined,
  view: Pick<ViewState, 'from' | 'to'>,
): boolean {
  if (year === undefined) return true;
  const { from, to } = yearWindow(view);
  return year >= from && year <= to;
}
