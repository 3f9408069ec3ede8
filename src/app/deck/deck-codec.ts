import { z } from 'zod/mini';
import { MAX_DECK_PARAM_LENGTH } from '@/lib/view-state';
import {
  DECK_VERSION,
  validateDeck,
  type Deck,
  type DeckResult,
  type DeckSlide,
} from './deck-schema';

/**
 * `deck=` in the address: `<version>.<base64url of a compact JSON>`. The version comes first so a
 * link from a newer build is recognised as such (and refused with that reason) without decoding.
 * The compact form uses one-letter keys; decoding expands it and validates the deck as a whole.
 */

const compactSlide = z.object({
  p: z.string(),
  f: z.optional(z.string()),
  t: z.optional(z.literal(1)),
  ti: z.optional(z.string()),
  no: z.optional(z.string()),
  h: z.optional(z.tuple([z.enum(['y', 's', 'c']), z.union([z.number(), z.string()])], z.string())),
  d: z.optional(z.number()),
  i: z.optional(z.string()),
});
const compactDeck = z.object({
  i: z.string(),
  n: z.string(),
  s: z.array(compactSlide).check(z.maxLength(1000)),
});
type CompactSlide = z.infer<typeof compactSlide>;

function toCompactSlide(slide: DeckSlide): CompactSlide {
  const compact: CompactSlide = { p: slide.panel, i: slide.id };
  if (slide.filters) compact.f = slide.filters;
  if (slide.view === 'table') compact.t = 1;
  if (slide.title) compact.ti = slide.title;
  if (slide.note) compact.no = slide.note;
  if (slide.seconds) compact.d = slide.seconds;
  const h = slide.highlight;
  if (h) {
    const target = h.target;
    const head =
      target.kind === 'year'
        ? (['y', target.year] as const)
        : target.kind === 'series'
          ? (['s', target.id] as const)
          : (['c', target.key] as const);
    compact.h = h.note ? [head[0], head[1], h.note] : [head[0], head[1]];
  }
  return compact;
}

function fromCompactSlide(c: CompactSlide, index: number): unknown {
  const [kind, value, note] = c.h ?? [];
  const target =
    kind === 'y'
      ? { kind: 'year', year: value }
      : kind === 's'
        ? { kind: 'series', id: value }
        : kind === 'c'
          ? { kind: 'category', key: value }
          : undefined;
  return {
    id: c.i ?? `s${index + 1}`,
    panel: c.p,
    filters: c.f ?? '',
    view: c.t ? 'table' : 'chart',
    ...(c.ti !== undefined && { title: c.ti }),
    ...(c.no !== undefined && { note: c.no }),
    ...(c.d !== undefined && { seconds: c.d }),
    ...(target && { highlight: note === undefined ? { target } : { target, note } }),
  };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeDeck(deck: Deck): string {
  const compact = { i: deck.id, n: deck.name, s: deck.slides.map(toCompactSlide) };
  return `${DECK_VERSION}.${toBase64Url(JSON.stringify(compact))}`;
}

/** Decodes `deck=`; anything that is not a valid deck of this version says why. Never throws. */
export function decodeDeck(param: string): DeckResult {
  if (param.length > MAX_DECK_PARAM_LENGTH) return { ok: false, problem: 'too-large' };
  const match = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/.exec(param);
  if (!match) return { ok: false, problem: 'broken' };
  const version = Number(match[1]);
  if (version > DECK_VERSION) return { ok: false, problem: 'too-new' };
  if (version !== DECK_VERSION) return { ok: false, problem: 'broken' };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(match[2] ?? ''));
  } catch {
    return { ok: false, problem: 'broken' };
  }
  const compact = compactDeck.safeParse(json);
  if (!compact.success) return { ok: false, problem: 'broken' };
  return validateDeck({
    version,
    id: compact.data.i,
    name: compact.data.n,
    slides: compact.data.s.map(fromCompactSlide),
  });
}

/** The deck as a `.json` file: the full, readable form. */
export function deckToFile(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

export const MAX_DECK_FILE_BYTES = 256 * 1024;

/** Reads a `.json` deck file. Never throws. */
export function deckFromFile(text: string): DeckResult {
  if (text.length > MAX_DECK_FILE_BYTES) return { ok: false, problem: 'too-large' };
  try {
    return validateDeck(JSON.parse(text));
  } catch {
    return { ok: false, problem: 'broken' };
  }
}
