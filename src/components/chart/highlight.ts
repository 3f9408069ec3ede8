/**
 * A presenter's emphasis on one slide's chart: one year, one series or one category stands out,
 * with an optional short callout drawn beside it. Decks store it; the chart frame draws it on the
 * page, on the slide and in every export, so the emphasis travels with the chart.
 */
export type HighlightTarget =
  | { kind: 'year'; year: number }
  | { kind: 'series'; id: string }
  | { kind: 'category'; key: string };

export interface ChartHighlight {
  target: HighlightTarget;
  /** Short callout text (at most 80 characters), drawn on the chart. */
  note?: string;
}
