import { createContext, useContext } from 'react';

/** Where a chart has not been measured (slides and exports size their own, tests have no layout). */
const UNMEASURED_WIDTH = 600;

/**
 * The width the chart's figure had when it was laid out, so recharts draws at the right size in
 * its first pass instead of at a guess and again once it has measured itself.
 */
export const ChartWidthContext = createContext(UNMEASURED_WIDTH);

export function useInitialChartWidth(): number {
  return useContext(ChartWidthContext);
}

export function measuredOrDefault(width: number): number {
  return width > 0 ? Math.round(width) : UNMEASURED_WIDTH;
}
