import { createContext, useContext } from 'react';
import { CHART_HEIGHT, makeChartScale, type ChartScale } from './chart-theme';
import type { ChartHighlight } from './highlight';

/** Where a chart is drawn: each medium has its own sizes and decides what is interactive. */
export type ChartMedium = 'screen' | 'phone' | 'slide' | 'print' | 'export';

export interface ChartBox {
  width: number;
  height: number;
}

/**
 * Everything a chart is drawn for besides its data and the view: its box (fixed, never measured
 * inside the chart), the medium, the sizes that follow from them, and a presenter's highlight.
 * The page, slides and exports each provide their own; the chart is a function of it.
 */
export interface ChartEnv {
  box: ChartBox;
  medium: ChartMedium;
  scale: ChartScale;
  highlight?: ChartHighlight;
}

/** Narrower than this, the page draws a chart for a phone. */
export const PHONE_WIDTH = 560;
/** Where a chart has not been measured (tests have no layout). */
export const UNMEASURED_WIDTH = 600;

const DASHBOARD = makeChartScale(1, CHART_HEIGHT, true);

/** The environment of a chart on the page, `width` px wide. */
export function screenEnv(width: number, highlight?: ChartHighlight): ChartEnv {
  const measured = width > 0 ? Math.round(width) : UNMEASURED_WIDTH;
  return {
    box: { width: measured, height: CHART_HEIGHT },
    medium: measured < PHONE_WIDTH ? 'phone' : 'screen',
    scale: DASHBOARD,
    highlight,
  };
}

/**
 * A chart drawn on its own (slide, paper, export) into a fixed box, its text `factor` times
 * the page's size. Nothing in it is a control.
 */
export function staticEnv(
  box: ChartBox,
  medium: Exclude<ChartMedium, 'screen' | 'phone'>,
  factor = 1,
  highlight?: ChartHighlight,
): ChartEnv {
  const rounded = { width: Math.round(box.width), height: Math.round(box.height) };
  return { box: rounded, medium, scale: makeChartScale(factor, rounded.height, false), highlight };
}

export const ChartEnvContext = createContext<ChartEnv>(screenEnv(UNMEASURED_WIDTH));

export function useChartEnv(): ChartEnv {
  return useContext(ChartEnvContext);
}
