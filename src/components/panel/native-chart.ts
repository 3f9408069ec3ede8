/**
 * A chart as PowerPoint can draw it natively (and a user can restyle it or click "Edit data"):
 * categories, series of numbers with gaps as null, and the few styling choices that make it read
 * like ours. Built by each panel from its data, never read back from the page.
 */
export type NativeChartType = 'line' | 'bar' | 'column' | 'stacked-bar' | 'stacked-column';

export interface NativeSeries {
  name: string;
  /** One per category; null is a gap (no figure published), never a zero. */
  values: ReadonlyArray<number | null>;
  /** Index into the chart palette, so the series keeps its colour, marker and dash. */
  style: number;
  /** A comparison line: the palette's colour, but dotted, thinner and with its own marker. */
  peer?: { marker: 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' };
}

export interface NativeChart {
  type: NativeChartType;
  categories: readonly string[];
  series: readonly NativeSeries[];
  /** The value axis's title, e.g. "Rank (1 = best)". */
  valueTitle?: string;
  /** Rank axes: 1 at the top (or left). */
  reversed?: boolean;
  /** Excel number format for the value axis and labels, e.g. `0`, `0.0"%"`, `#,##0`. */
  format?: string;
  min?: number;
  max?: number;
}
