import { useChartEnv } from './chart-env';

interface YearTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: number | string };
  /** Years with no published figure: marked under the year instead of drawn as zero. */
  gapYears: ReadonlySet<number>;
  gapLabel: string;
  /** How the year is written ('15 where four digits do not fit). */
  format: (year: number) => string;
}

export function YearTick({ x, y, payload, gapYears, gapLabel, format }: YearTickProps) {
  const { scale } = useChartEnv();
  if (x === undefined || y === undefined || !payload) return null;
  const year = Number(payload.value);
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <text
        dy={scale.fontSize}
        textAnchor="middle"
        fontSize={scale.fontSize}
        fill="var(--color-ink-muted)"
      >
        {format(year)}
      </text>
      {gapYears.has(year) && (
        <text
          dy={scale.fontSize * 2 + 2}
          textAnchor="middle"
          fontSize={scale.labelSize}
          fill="var(--color-ink-muted)"
          fontStyle="italic"
        >
          {gapLabel}
        </text>
      )}
    </g>
  );
}
