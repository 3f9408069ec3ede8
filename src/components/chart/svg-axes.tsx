import { gridStroke } from './chart-theme';
import { useChartEnv } from './chart-env';
import { PlainTick } from './plain-tick';
import { YearTick } from './year-tick';

const MUTED = 'var(--color-ink-muted)';
/** Recharts' axis-line colour, so these axes look like the other charts'. */
const AXIS_LINE = '#666';

/**
 * A value axis at the left of a plot drawn without recharts: its line, each tick's label
 * right-aligned before the plot and a dashed grid line across it, at the y each tick is given.
 */
export function SvgValueAxis({
  ticks,
  left,
  right,
}: {
  ticks: ReadonlyArray<{ y: number; text: string }>;
  /** Where the plot starts (the labels end just before it) and ends. */
  left: number;
  right: number;
}) {
  const { scale } = useChartEnv();
  const ys = ticks.map((tick) => tick.y);
  return (
    <g className="chart-value-axis">
      <line x1={left} x2={left} y1={Math.min(...ys)} y2={Math.max(...ys)} stroke={AXIS_LINE} />
      {ticks.map((tick) => (
        <line
          key={`g${tick.y}`}
          x1={left}
          x2={right}
          y1={tick.y}
          y2={tick.y}
          stroke={gridStroke}
          strokeDasharray="3 3"
        />
      ))}
      {ticks.map((tick) => (
        <PlainTick
          key={`t${tick.y}`}
          x={left - scale.fontSize * 0.5}
          y={tick.y}
          payload={{ value: tick.text }}
          textAnchor="end"
          fontSize={scale.fontSize}
          fill={MUTED}
        />
      ))}
    </g>
  );
}

/** A year axis under a plot drawn without recharts: its line, and the years `format` writes at their x. */
export function SvgYearAxis({
  ticks,
  top,
  left,
  right,
  format,
}: {
  ticks: ReadonlyArray<{ x: number; year: number }>;
  /** The plot's bottom edge, drawn as the axis line: labels hang below it. */
  top: number;
  left: number;
  right: number;
  format: (year: number) => string;
}) {
  return (
    <g className="chart-year-axis">
      <line x1={left} x2={right} y1={top} y2={top} stroke={AXIS_LINE} />
      {ticks.map((tick) => (
        <YearTick
          key={tick.year}
          x={tick.x}
          y={top + 2}
          payload={{ value: tick.year }}
          gapYears={NO_GAPS}
          gapLabel=""
          format={format}
        />
      ))}
    </g>
  );
}

const NO_GAPS: ReadonlySet<number> = new Set();

/** A line through the points in order, broken wherever a point is missing (null). */
export function brokenLine(points: ReadonlyArray<{ x: number; y: number } | null>): string {
  let d = '';
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${point.x},${point.y}`;
    drawing = true;
  }
  return d;
}
