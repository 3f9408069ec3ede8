/**
 * Shared chart styling: sizes readable from the back of a meeting room, colours from the theme
 * tokens (CSS variables), and a marker and dash per series so colour is never the only cue.
 */
export const CHART_FONT_SIZE = 14;
export const CHART_HEIGHT = 320;

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  marker: MarkerShape;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: 'var(--color-chart-1)', dash: undefined, marker: 'circle' },
  { color: 'var(--color-chart-2)', dash: '8 4', marker: 'square' },
  { color: 'var(--color-chart-3)', dash: '2 4', marker: 'diamond' },
  { color: 'var(--color-chart-4)', dash: '12 4 2 4', marker: 'triangle' },
  { color: 'var(--color-chart-5)', dash: undefined, marker: 'circle' },
];

export function seriesStyle(index: number): SeriesStyle {
  return (
    SERIES_STYLES[index % SERIES_STYLES.length] ?? {
      color: 'currentColor',
      dash: undefined,
      marker: 'circle',
    }
  );
}

export const axisTick = { fontSize: CHART_FONT_SIZE, fill: 'var(--color-ink-muted)' } as const;
export const gridStroke = 'var(--color-line)';
