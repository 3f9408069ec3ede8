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

/** One bar of a labelled bar list: its label, its number and the number as published. */
export interface NativeBar {
  label: string;
  value: number;
  /** As printed on the page, e.g. "3,700+" or "≈63,000 m²". */
  text: string;
  /** The published figure is a bound or an estimate ("over", "about"): the bar alone would hide it. */
  hedged: boolean;
}

/**
 * A bar list (one quantity, largest first) as a native horizontal bar chart. A hedged figure
 * keeps its words under its label, since a chart's number cannot say "over" or "about".
 */
export function barListNative(
  bars: readonly NativeBar[],
  look: { name: string; valueTitle: string; style: number },
): NativeChart {
  return {
    type: 'bar',
    categories: bars.map((b) => (b.hedged ? `${b.label} (${b.text})` : b.label)),
    series: [{ name: look.name, values: bars.map((b) => b.value), style: look.style }],
    valueTitle: look.valueTitle,
    format: '#,##0',
    min: 0,
  };
}
