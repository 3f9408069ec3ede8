import { deckToFile } from './deck-codec';
import type { Deck } from './deck-schema';

/** A safe file name from the deck's name: lower-case ASCII words, or "deck". */
export function deckFileName(deck: Deck): string {
  const slug = deck.name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `hk-innovation-deck-${slug || 'untitled'}.json`;
}

export function downloadDeck(deck: Deck): void {
  const url = URL.createObjectURL(new Blob([deckToFile(deck)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = deckFileName(deck);
  link.click();
  // The download has started from the link; the address is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url));
}
