import { bandLabels, largest, valueAxis, yearXAxis, type ValueAxis, type YearXAxis } from './axes';
import type { Box } from './layout';

/** What `BarValueLabels` draws (all but its font size): a text per bar, empty where it is left out. */
export interface BarLabels {
  texts: string[];
  values: (number | null)[];
  max: number;
  area: Box;
}

/**
 * Bars standing one a year over `area` (the plot between the value axes), on the value axis
 * `axis`: the year axis along their bottom, and their value labels at `labelSize`, each label
 * that would meet another left out.
 */
export function yearBars({
  rows,
  values,
  area,
  axis,
  fontSize,
  labelSize,
  gaps,
}: {
  rows: readonly { year: number; text: string }[];
  values: (number | null)[];
  area: Box;
  axis: ValueAxis;
  fontSize: number;
  labelSize: number;
  /** Years with no figure, marked on the axis. */
  gaps: { years: ReadonlySet<number>; label: string };
}): { xAxis: YearXAxis; labels: BarLabels } {
  const years = rows.map((r) => r.year);
  const texts = rows.map((r) => r.text);
  const xAxis = yearXAxis(years, area.width, fontSize, gaps);
  const shown = bandLabels(texts, 0, area.width, labelSize);
  return {
    xAxis,
    labels: {
      texts: texts.map((text, i) => (shown[i] ? text : '')),
      values,
      max: axis.domain[1],
      area: { ...area, height: area.height - xAxis.height },
    },
  };
}

/**
 * Bars lying across `area`, each labelled after its end: the value axis along them, from zero
 * to the largest value, and every bar's label.
 */
export function lyingBars({
  texts,
  values,
  area,
  fontSize,
  format,
}: {
  texts: string[];
  values: (number | null)[];
  area: Box;
  fontSize: number;
  format: (value: number) => string;
}): { x: ValueAxis; labels: BarLabels } {
  const x = valueAxis(largest(values), area.width, fontSize, format);
  return { x, labels: { texts, values, max: x.domain[1], area } };
}
