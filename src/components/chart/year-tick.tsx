import { CHART_FONT_SIZE } from './chart-theme';

interface YearTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: number | string };
  /** Years with no published figure: marked under the year instead of drawn as zero. */
  gapYears: ReadonlySet<number>;
  gapLabel: string;
}

export function YearTick({ x, y, payload, gapYears, gapLabel }: YearTickProps) {
  if (x === undefined || y === undefined || !payload) return null;
  const year = Number(payload.value);
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <text dy={14} textAnchor="middle" fontSize={CHART_FONT_SIZE} fill="var(--color-ink-muted)">
        {payload.value}
      </text>
      {gapYears.has(year) && (
        <text
          dy={30}
          textAnchor="middle"
          fontSize={11}
          fill="var(--color-ink-muted)"
          fontStyle="italic"
        >
          {gapLabel}
        </text>
      )}
    </g>
  );
}
