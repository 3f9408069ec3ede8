import {
  createLoader,
  createParser,
  createSerializer,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs';
import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
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

/** Economies Ranking trends can draw beside Hong Kong (the rankings dataset's categories). */
export const COMPARE_ECONOMIES = [
  'singapore',
  'south-korea',
  'mainland-china',
  'switzerland',
] as const;
export type CompareEconomy = (typeof COMPARE_ECONOMIES)[number];

/** Comma-separated economies to compare with; unknown entries dropped, in a fixed order. */
const parseAsEconomies = createParser<CompareEconomy[]>({
  parse: (value) => {
    const items = value.split(',');
    const known = COMPARE_ECONOMIES.filter((e) => items.includes(e));
    return known.length ? known : null;
  },
  serialize: (value) => value.join(','),
  eq: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
});

/** "1"/"0" only: `?present=yes` is not a flag. */
const parseAsFlag = createParser<boolean>({
  parse: (value) => (value === '1' ? true : value === '0' ? false : null),
  serialize: (value) => (value ? '1' : '0'),
});

/** Lobby-screen intervals in seconds. */
export const AUTOPLAY_SECONDS = ['off', '10', '30', '60'] as const;
export type Autoplay = (typeof AUTOPLAY_SECONDS)[number];
/** The intervals offered in the presentation controls. */
export const AUTOPLAY_CHOICES = ['off', '10', '30', '60'] as const satisfies readonly Autoplay[];

/** A whole number in a range; "3.5", "07x" or "1e3" are not. */
function parseAsWhole(min: number, max: number) {
  return createParser<number>({
    parse: (value) => {
      if (!/^\d{1,6}$/.test(value)) return null;
      const n = Number(value);
      return n >= min && n <= max ? n : null;
    },
    serialize: String,
  });
}

/** Comma-separated ids (the panels showing their Table view); bad entries dropped, sorted. */
const parseAsIdList = createParser<string[]>({
  parse: (value) => {
    const ids = [...new Set(value.split(','))]
      .filter((v) => /^[a-z0-9][a-z0-9-]{0,47}$/.test(v))
      .sort();
    return ids.length && ids.length <= 32 ? ids : null;
  },
  serialize: (value) => [...value].sort().join(','),
  eq: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
});

/** The longest `deck=` a link may carry; a longer one is refused, not cut. */
export const MAX_DECK_PARAM_LENGTH = 12_000;

/** A deck as the address carries it: only its shape here; `src/app/deck/deck-codec.ts` decodes it. */
const parseAsDeckParam = createParser<string>({
  parse: (value) =>
    value.length <= MAX_DECK_PARAM_LENGTH && /^[0-9]+\.[A-Za-z0-9_-]+$/.test(value) ? value : null,
  serialize: (value) => value,
});

export const viewParsers = {
  from: parseAsYear,
  to: parseAsYear,
  area: parseAsStringLiteral(FOCUS_AREAS),
  index: parseAsIndices.withDefault([...RANKING_INDICES]),
  metric: parseAsStringLiteral(['rank', 'percentile'] as const).withDefault('rank'),
  compare: parseAsEconomies.withDefault([]),
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
  /** The slide shown while presenting, from 1. */
  slide: parseAsWhole(1, 999).withDefault(1),
  /** Panels showing their Table view instead of the chart. */
  table: parseAsIdList.withDefault([]),
  /** The deck being presented or shared, encoded (see deck-codec). */
  deck: parseAsDeckParam,
  /** A kiosk's data refresh, in minutes (default hourly). */
  refresh: parseAsWhole(1, 10_080).withDefault(60),
  /** This window is the presenter view of a presentation. */
  presenter: parseAsFlag.withDefault(false),
};

export type ViewState = inferParserType<typeof viewParsers>;
export type ViewKey = keyof ViewState;

/** Keys about how the page is shown, not what the data is filtered to. */
const DISPLAY_KEYS: readonly ViewKey[] = [
  'theme',
  'lang',
  'present',
  'autoplay',
  'caption',
  'slide',
  'table',
  'deck',
  'refresh',
  'presenter',
];

/** The filter keys: what a deck slide captures, so a filter added later is captured too. */
export const FILTER_KEYS = (Object.keys(viewParsers) as ViewKey[]).filter(
  (key) => !DISPLAY_KEYS.includes(key),
);

/**
 * A view that replaces the page's for what is inside it: a deck slide renders its panel with the
 * slide's own filters, not the dashboard's. `useViewKeys` reads it first.
 */
export const ViewOverrideContext = createContext<Partial<ViewState> | null>(null);

/** The view a component sees: the address, with any override from a surrounding slide. */
export function useViewWithOverride(): ViewState {
  const override = useContext(ViewOverrideContext);
  const view = getViewState();
  return override ? { ...view, ...override } : view;
}

/** Parses any query string into a valid view state. Never throws. */
export const loadViewState = createLoader(viewParsers);

/** Writes a view state as a query string, omitting defaults. */
export const serializeViewState = createSerializer(viewParsers, { clearOnDefault: true });

export const DEFAULT_VIEW: ViewState = loadViewState('');

/** A change to the view: a value per key (null restores its default), or null to reset every key. */
export type ViewPatch = { [K in ViewKey]?: ViewState[K] | null } | null;
export type SetViewState = (
  patch: ViewPatch,
  options?: { history?: 'push' | 'replace' },
) => Promise<void>;

/*
 * The URL is the store: the snapshot is re-parsed only when the query string has changed, so a
 * test or the Back button that moves the URL is always seen. One subscription list for the page,
 * and each component picks the keys it reads (`useViewKeys`), so a filter change re-renders only
 * what depends on that filter. (nuqs's hook re-rendered every subscriber on every change, twice.)
 */
const listeners = new Set<() => void>();
let parsedSearch: string | undefined;
let snapshot: ViewState = DEFAULT_VIEW;
/** A change already shown but not yet in the address bar (see `setViewState`). */
let pending: { url: string; search: string; replace: boolean } | null = null;
let writeScheduled = false;

/** The query string on screen: the address, or a change shown but not yet written to it. */
export function getViewSearch(): string {
  return pending?.search ?? (typeof window === 'undefined' ? '' : window.location.search);
}

export function getViewState(): ViewState {
  const search = getViewSearch();
  if (search !== parsedSearch) {
    parsedSearch = search;
    snapshot = loadViewState(search);
  }
  return snapshot;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function onPopState(): void {
  pending = null; // Back or Forward wins over a change not yet written
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

/** Writes a change that is on screen but not yet in the address; Copy link calls it first. */
export function flushViewState(): void {
  if (!pending) return;
  if (pending.replace) window.history.replaceState(window.history.state, '', pending.url);
  else window.history.pushState(window.history.state, '', pending.url);
  pending = null;
}

/**
 * Shows a change at once and writes it into the URL (a new history entry, defaults left out)
 * just after the next frame: `history.pushState` takes a few milliseconds that the reader would
 * otherwise wait for before the charts change, or just after they changed. Changes within one
 * frame make one entry.
 */
export const setViewState: SetViewState = (patch, options) => {
  const { pathname, search, hash } = window.location;
  const base = pending?.url ?? `${pathname}${search}${hash}`;
  const next = serializeViewState(base, patch);
  if (next === base) return Promise.resolve();
  // `replace` (an auto-advancing slide) makes no history entry, unless a pending change already does.
  const replace = options?.history === 'replace' && (pending ? pending.replace : true);
  pending = { url: next, search: new URL(next, window.location.href).search, replace };
  notify();
  if (!writeScheduled) {
    writeScheduled = true;
    // Two tasks after the frame: whatever else waits for that frame to be painted goes first.
    requestAnimationFrame(() =>
      setTimeout(() =>
        setTimeout(() => {
          writeScheduled = false;
          flushViewState();
        }, 0),
      ),
    );
  }
  return Promise.resolve();
};

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, i) => item === b[i])
    : a === b;

/** The keys a component reads; it re-renders only when one of them changes. */
export function useViewKeys<K extends ViewKey>(keys: readonly K[]): Pick<ViewState, K> {
  const picked = useRef<Pick<ViewState, K> | null>(null);
  const override = useContext(ViewOverrideContext);
  const read = () => {
    const view = override ? { ...getViewState(), ...override } : getViewState();
    const last = picked.current;
    if (last && keys.every((key) => sameValue(last[key], view[key]))) return last;
    const next = {} as Pick<ViewState, K>;
    for (const key of keys) next[key] = view[key];
    picked.current = next;
    return next;
  };
  // `read` returns the same object while the keys' values hold, so a new `read` each render is fine.
  return useSyncExternalStore(subscribe, read, () => DEFAULT_VIEW);
}

/** The whole view and its setter, for the few components that read every key. */
export function useViewState(): [ViewState, SetViewState] {
  return [useSyncExternalStore(subscribe, getViewState, () => DEFAULT_VIEW), setViewState];
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
