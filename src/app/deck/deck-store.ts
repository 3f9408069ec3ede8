import { useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import { MAX_DECKS, emptyDeck, validateDeck, type Deck } from './deck-schema';

/**
 * The decks kept in this browser (localStorage): several, by name, one of them active. Storage is
 * outside the page's control (another tab, an older or newer build, a hand edit), so every deck
 * read from it is validated; one that fails is left out and the rest still load.
 */

const STORAGE_KEY = 'hk-innovation.decks';

export interface DeckLibrary {
  activeId: string;
  decks: Deck[];
}

const storedShape = z.object({
  activeId: z.string(),
  decks: z.array(z.unknown()).check(z.maxLength(MAX_DECKS)),
});

function freshLibrary(): DeckLibrary {
  const deck = emptyDeck('');
  return { activeId: deck.id, decks: [deck] };
}

/** Parses what storage holds; never throws, always returns a library with an active deck. */
export function parseLibrary(raw: string | null): DeckLibrary {
  if (!raw) return freshLibrary();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return freshLibrary();
  }
  const shape = storedShape.safeParse(json);
  if (!shape.success) return freshLibrary();
  const decks = shape.data.decks.flatMap((d) => {
    const result = validateDeck(d);
    return result.ok ? [result.deck] : [];
  });
  if (decks.length === 0) return freshLibrary();
  const activeId = decks.some((d) => d.id === shape.data.activeId)
    ? shape.data.activeId
    : (decks[0]?.id ?? '');
  return { activeId, decks };
}

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: DeckLibrary = freshLibrary();

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: decks live for this page only
  }
}

let memoryOnly: DeckLibrary | null = null;

export function getLibrary(): DeckLibrary {
  if (memoryOnly) return memoryOnly;
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseLibrary(raw);
  }
  return cached;
}

function onStorage(event: StorageEvent) {
  if (event.key === STORAGE_KEY || event.key === null) for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

export function saveLibrary(library: DeckLibrary): void {
  const raw = JSON.stringify(library);
  try {
    window.localStorage.setItem(STORAGE_KEY, raw);
    memoryOnly = null;
  } catch {
    memoryOnly = library; // full or blocked storage: keep the decks for this page
  }
  for (const l of listeners) l();
}

export function useDeckLibrary(): DeckLibrary {
  return useSyncExternalStore(subscribe, getLibrary, getLibrary);
}

export function activeDeck(library: DeckLibrary): Deck {
  return library.decks.find((d) => d.id === library.activeId) ?? library.decks[0] ?? emptyDeck('');
}

/** Replaces (by id) or adds a deck, and makes it the active one. */
export function upsertDeck(library: DeckLibrary, deck: Deck): DeckLibrary {
  const exists = library.decks.some((d) => d.id === deck.id);
  const decks = exists
    ? library.decks.map((d) => (d.id === deck.id ? deck : d))
    : [...library.decks, deck].slice(-MAX_DECKS);
  return { activeId: deck.id, decks };
}

export function removeDeck(library: DeckLibrary, id: string): DeckLibrary {
  const decks = library.decks.filter((d) => d.id !== id);
  if (decks.length === 0) return freshLibrary();
  return { activeId: library.activeId === id ? (decks[0]?.id ?? '') : library.activeId, decks };
}
