import { createContext, useContext } from 'react';
import type { ChartHighlight } from './highlight';

/**
 * The highlight of the deck slide a chart is drawn on, when there is one. A deck slide provides it around
 * its panel; the chart frame reads it and draws the emphasis and callout.
 */
export const SlideHighlightContext = createContext<ChartHighlight | null>(null);

export function useSlideHighlight(): ChartHighlight | null {
  return useContext(SlideHighlightContext);
}
