import type { ReactElement } from 'react';
import { DefaultZIndexes, YAxis, ZIndexLayer, type YAxisProps } from 'recharts';
import { useChartEnv } from './chart-env';
import {
  axisWidth,
  bandCentre,
  keepApart,
  niceTicks,
  textBox,
  tickCount,
  yearAxis,
  type Box,
} from './layout';
import { YearTick } from './year-tick';

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
  width: number;
  tickFormatter: (value: number) => string;
}

/** The top a value axis from zero must reach: the largest value (a gap counts as 0), at least 1. */
export function largest(values: readonly (number | null)[]): number {
  return Math.max(1, ...values.map((v) => v ?? 0));
}

/**
 * A value axis from zero for `length` px: as many round ticks as fit, its top raised so a label
 * `headroom` px tall still fits above the highest mark, and wide enough for its widest label.
 */
export function valueAxis(
  max: number,
  length: number,
  fontSize: number,
  format: (value: number) => string,
  headroom = 0,
): ValueAxis {
  const room = Math.max(0.2, 1 - headroom / Math.max(1, length));
  const ticks = niceTicks(max / room, tickCount(length, fontSize));
  return {
    domain: [0, ticks.at(-1) ?? 1],
    ticks,
    width: axisWidth(ticks.map(format), fontSize),
    tickFormatter: format,
  };
}

/** A value axis at the side of the plot, drawn with the ticks `valueAxis` chose, every one labelled. */
export function ValueYAxis({
  axis,
  ...props
}: { axis: ValueAxis } & Pick<
  YAxisProps,
  'yAxisId' | 'orientation' | 'reversed' | 'allowDecimals'
>) {
  const { scale } = useChartEnv();
  return <YAxis interval={0} tick={scale.tick} {...props} {...axis} />;
}

export interface YearXAxis {
  dataKey: 'year';
  ticks: number[];
  interval: 0;
  tickLine: false;
  height: number;
  tick: ReactElement;
}

const NO_GAPS = { years: new Set<number>(), label: '' };

/**
 * A year axis under a plot `width` px wide: every year that fits, '15 when four digits do not;
 * `gaps`: the years with no figure, marked under the year.
 */
export function yearXAxis(
  years: readonly number[],
  width: number,
  fontSize: number,
  gaps: { years: ReadonlySet<number>; label: string } = NO_GAPS,
): YearXAxis {
  const layout = yearAxis(years, width, fontSize);
  return {
    dataKey: 'year',
    ticks: layout.ticks,
    interval: 0,
    tickLine: false,
    height: Math.round(fontSize * (gaps.years.size ? 3 : 1.8)),
    tick: <YearTick gapYears={gaps.years} gapLabel={gaps.label} format={layout.format} />,
  };
}

/**
 * Which bands' value labels to draw (one per band, centred, on one line) so none meets another
 * or reaches past the plot's edges (into the axes' labels): the latest year first, then back.
 */
export function bandLabels(
  texts: readonly string[],
  left: number,
  width: number,
  fontSize: number,
): boolean[] {
  const n = texts.length;
  const order = texts.map((_, i) => n - 1 - i);
  const edges = [
    { x: left - 1e4, y: -1e4, width: 1e4, height: 2e4 },
    { x: left + width, y: -1e4, width: 1e4, height: 2e4 },
  ];
  const kept = keepApart(
    order.map((i) =>
      texts[i]
        ? textBox(texts[i], bandCentre(i, n, left, width), 0, fontSize, 'middle', 600)
        : { x: -1e6, y: 0, width: 0, height: 0 },
    ),
    edges,
    fontSize * 0.3,
  );
  const result = new Array<boolean>(n).fill(false);
  order.forEach((i, k) => (result[i] = Boolean(kept[k]) && (texts[i] ?? '') !== ''));
  return result;
}

/**
 * Bar value labels drawn by the frame's layout, not by recharts: the same positions the
 * collision check used, in any medium. `area` is the plot inside the axes; standing bars are
 * labelled above their top, lying bars after their end. An empty text draws nothing.
 */
export function BarValueLabels({
  texts,
  values,
  max,
  area,
  fontSize,
  lying = false,
}: {
  texts: readonly string[];
  values: readonly (number | null)[];
  max: number;
  area: Box;
  fontSize: number;
  lying?: boolean;
}) {
  const n = texts.length;
  // Above the marks (a line over the bars would cross them), with a halo in the card's colour.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g
        className="chart-value-labels"
        stroke="var(--color-surface)"
        strokeWidth={Math.max(2, fontSize / 5)}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {texts.map((text, i) => {
          const value = values[i];
          if (!text || value === null || value === undefined) return null;
          const share = max > 0 ? value / max : 0;
          return (
            <text
              key={i}
              x={
                lying
                  ? area.x + share * area.width + fontSize * 0.4
                  : bandCentre(i, n, area.x, area.width)
              }
              y={
                lying
                  ? bandCentre(i, n, area.y, area.height)
                  : area.y + (1 - share) * area.height - fontSize * 0.45
              }
              dy={lying ? '0.35em' : undefined}
              textAnchor={lying ? 'start' : 'middle'}
              fontSize={fontSize}
              fontWeight={600}
              fill="var(--color-ink)"
            >
              {text}
            </text>
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
