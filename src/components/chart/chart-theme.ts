/**
 * Shared chart styling: sizes readable from the back of a meeting room, colours from the theme
 * tokens (CSS variables), and a marker and dash per series so colour is never the only cue.
 */
import { createElement, type ReactElement } from 'react';
import { PlainTick } from './plain-tick';

export const CHART_FONT_SIZE = 14;
export const CHART_HEIGHT = 320;

/**
 * Sizes a chart draws with. The dashboard uses the defaults; presentation mode provides sizes
 * scaled to the screen, so ticks and lines stay legible from the back of a room.
 */
export interface ChartScale {
  height: number;
  fontSize: number;
  labelSize: number;
  stroke: number;
  marker: number;
  /** False on slides and in exports: no in-chart buttons. */
  interactive: boolean;
  /** Axis labels: one line each, never measured (see PlainTick). */
  tick: ReactElement;
  /** Category labels that may wrap onto two lines within the axis width. */
  wrappingTick: { fontSize: number; fill: string };
}

export function makeChartScale(factor: number, height: number, interactive: boolean): ChartScale {
  const fontSize = Math.round(CHART_FONT_SIZE * factor);
  return {
    height: Math.round(height),
    fontSize,
    labelSize: Math.round(12 * factor),
    stroke: Math.max(3, Math.round(3 * factor)),
    marker: Math.round(6 * factor),
    interactive,
    tick: createElement(PlainTick, { fontSize, fill: 'var(--color-ink-muted)' }),
    wrappingTick: { fontSize, fill: 'var(--color-ink-muted)' },
  };
}

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';

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
  { color: 'var(--color-chart-5)', dash: '1 3', marker: 'cross' },
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

export const gridStroke = 'var(--color-line)';

/**
 * The coordinates of the grid lines a chart does not draw. Recharts works out both directions
 * even when one is switched off, laying the axis's ticks out again with a hidden text measure.
 */
export const NO_GRID_LINES = (): number[] => [];
