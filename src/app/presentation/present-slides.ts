import { useMemo } from 'react';
import type { Panel } from '@/components/panel/types';
import { useByKey } from '@/lib/use-by-key';
import type { ViewState } from '@/lib/view-state';
import { slideView, type Deck, type DeckSlide } from '../deck/deck-schema';
import { PANELS } from '../panel-registry';

/** One slide of a presentation: a panel, and the deck slide that frames it when there is a deck. */
export interface PresentSlide {
  key: string;
  panel: Panel;
  deckSlide?: DeckSlide;
  /** The slide's own filters, replacing the dashboard's; undefined: the dashboard's. */
  view?: Partial<ViewState>;
}

/** The deck's slides when it has some, else every visible panel in registry order. */
export function presentSlides(deck: Deck, visiblePanels: readonly Panel[]): PresentSlide[] {
  if (deck.slides.length === 0) return visiblePanels.map((panel) => ({ key: panel.id, panel }));
  return deck.slides.flatMap((deckSlide) => {
    const panel = PANELS.find((p) => p.id === deckSlide.panel);
    return panel ? [{ key: deckSlide.id, panel, deckSlide, view: slideView(deckSlide) }] : [];
  });
}

export function usePresentSlides(deck: Deck, visiblePanels: readonly Panel[]): PresentSlide[] {
  // The visible panels are a new array each render; their ids say whether they changed.
  const panels = useByKey(visiblePanels, visiblePanels.map((p) => p.id).join());
  return useMemo(() => presentSlides(deck, panels), [deck, panels]);
}
