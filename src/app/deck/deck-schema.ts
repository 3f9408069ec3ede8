import { z } from 'zod/mini';
import type { ChartHighlight } from '@/components/chart/highlight';
import type { PanelId } from '../panel-registry';
import { FILTER_KEYS, loadViewState, serializeViewState, type ViewState } from '@/lib/view-state';

/**
 * A deck: named, ordered slides, each a saved view of one panel. Every deck that comes from
 * outside the running page (the address, a file, the browser's storage) passes this schema
 * first, like the datasets do; anything it refuses never reaches the screen.
 */

/** The deck format this build writes; a deck from a newer build is refused with a message. */
export const DECK_VERSION = 1;
export const MAX_SLIDES = 60;
export const MAX_DECKS = 30;
export const LIMITS = { name: 80, title: 120, note: 2000, callout: 80, filters: 600 } as const;
export const MIN_SECONDS = 3;
export const MAX_SECONDS = 3600;

export const PANEL_IDS = [
  'rankings',
  'startups',
  'fintech',
  'funding',
  'universities',
  'rnd',
  'infrastructure',
  'talent',
  'biotech',
] as const satisfies readonly PanelId[];

const text = (max: number) =>
  z.string().check(
    z.maxLength(max),
    // Control characters have no place in a title or note (newlines and tabs aside).
    z.refine((s) => ![...s].some(isControl), { error: 'control character' }),
  );

function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 0x20 && ch !== '\n' && ch !== '\t' && ch !== '\r') || code === 0x7f;
}

const idText = () => z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/));
const shortId = () => z.string().check(z.regex(/^[a-z0-9]{1,16}$/));
const wholeBetween = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/**
 * A deck's schema, built on first use: most visits never read a deck, and building zod schemas is
 * work the page's start should not carry.
 */
function buildDeckSchema() {
  const highlightSchema = z.object({
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('year'), year: wholeBetween(1990, 2100) }),
      z.object({ kind: z.literal('series'), id: idText() }),
      z.object({ kind: z.literal('category'), key: idText() }),
    ]),
    note: z.optional(text(LIMITS.callout)),
  }) satisfies z.ZodMiniType<ChartHighlight>;

  /** A slide's filters, as a query string of filter keys; junk keys and values are dropped. */
  const filtersSchema = z.pipe(
    z.string().check(z.maxLength(LIMITS.filters)),
    z.transform((value: string) => normaliseFilters(value)),
  );

  const slideSchema = z.object({
    id: shortId(),
    panel: z.enum(PANEL_IDS),
    filters: filtersSchema,
    view: z.enum(['chart', 'table']),
    title: z.optional(text(LIMITS.title)),
    note: z.optional(text(LIMITS.note)),
    highlight: z.optional(highlightSchema),
    /** Seconds on screen when auto-advancing; absent: the presentation's interval. */
    seconds: z.optional(wholeBetween(MIN_SECONDS, MAX_SECONDS)),
  });

  return z.object({
    version: z.literal(DECK_VERSION),
    id: shortId(),
    name: text(LIMITS.name),
    slides: z.array(slideSchema).check(z.maxLength(MAX_SLIDES)),
  });
}

let builtDeckSchema: ReturnType<typeof buildDeckSchema> | undefined;
export const deckSchema = () => (builtDeckSchema ??= buildDeckSchema());

export type Deck = z.infer<ReturnType<typeof buildDeckSchema>>;
export type DeckSlide = Deck['slides'][number];
export type DeckProblem = 'broken' | 'too-new' | 'too-large';

/** A deck or why it was refused. */
export type DeckResult = { ok: true; deck: Deck } | { ok: false; problem: DeckProblem };

/** Validates anything claiming to be a deck. Never throws. */
export function validateDeck(input: unknown): DeckResult {
  if (
    typeof input === 'object' &&
    input !== null &&
    'version' in input &&
    typeof input.version === 'number' &&
    input.version > DECK_VERSION
  )
    return { ok: false, problem: 'too-new' };
  const parsed = deckSchema().safeParse(input);
  return parsed.success ? { ok: true, deck: parsed.data } : { ok: false, problem: 'broken' };
}

/** Keeps only filter keys with valid values, in a stable order, defaults left out. */
export function normaliseFilters(query: string): string {
  const view = loadViewState(query.startsWith('?') ? query : `?${query}`);
  return serializeViewState(pickFilters(view)).replace(/^\?/, '');
}

export function pickFilters(view: ViewState): Partial<ViewState> {
  const picked: Partial<ViewState> = {};
  for (const key of FILTER_KEYS) Object.assign(picked, { [key]: view[key] });
  return picked;
}

/** The view a slide's panel is drawn with: every filter key from the slide, nothing else. */
export function slideView(slide: DeckSlide): Partial<ViewState> {
  return pickFilters(loadViewState(`?${slide.filters}`));
}

export function newId(): string {
  return Math.random().toString(36).slice(2, 10) || 'x';
}

export function emptyDeck(name: string): Deck {
  return { version: DECK_VERSION, id: newId(), name, slides: [] };
}
