import { useCallback, useEffect, useMemo } from 'react';
import { getViewSearch, setViewState, useViewKeys } from '@/lib/view-state';
import { decodeDeck, encodeDeck } from './deck-codec';
import type { Deck, DeckProblem } from './deck-schema';
import { activeDeck, getLibrary, saveLibrary, upsertDeck, useDeckLibrary } from './deck-store';

export interface CurrentDeck {
  deck: Deck;
  /** The deck came with the address (a shared link), not from this browser's decks. */
  fromAddress: boolean;
  /** Why the address's `deck=` was refused, if it was. */
  problem: DeckProblem | null;
  update: (deck: Deck) => void;
}

function rawDeckParam(): string | null {
  return new URLSearchParams(getViewSearch()).get('deck');
}

/**
 * The deck the page works with: the one in the address when it holds a valid one, else the
 * active deck in this browser. Editing saves it in the browser, and in the address when it is there.
 */
export function useCurrentDeck(): CurrentDeck {
  const { deck: param } = useViewKeys(['deck']);
  const library = useDeckLibrary();
  const decoded = useMemo(() => (param ? decodeDeck(param) : null), [param]);
  const raw = param ?? rawDeckParam();
  const problem: DeckProblem | null =
    decoded && !decoded.ok ? decoded.problem : !param && raw ? 'broken' : null;
  const fromAddress = decoded?.ok === true;
  const deck = decoded?.ok ? decoded.deck : activeDeck(library);
  const update = useCallback(
    (next: Deck) => {
      saveLibrary(upsertDeck(getLibrary(), next));
      if (fromAddress) void setViewState({ deck: encodeDeck(next) }, { history: 'replace' });
    },
    [fromAddress],
  );
  return { deck, fromAddress, problem, update };
}

/** A deck opened from a link is kept with the browser's decks, so it can be edited and presented later. */
export function useKeepAddressDeck(): void {
  const { deck: param } = useViewKeys(['deck']);
  useEffect(() => {
    if (!param) return;
    const decoded = decodeDeck(param);
    if (!decoded.ok) return;
    const library = getLibrary();
    const stored = library.decks.find((d) => d.id === decoded.deck.id);
    if (stored && JSON.stringify(stored) === JSON.stringify(decoded.deck)) return;
    saveLibrary(upsertDeck(library, decoded.deck));
  }, [param]);
}
