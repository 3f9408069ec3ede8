interface ValueLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  fontSize: number;
  position: 'top' | 'right';
  fill?: string;
}

/**
 * A bar's value on one line (never wrapped to the bar's width), above a standing bar or after a
 * lying one. An empty value draws nothing: the frame dropped it so labels never collide.
 */
export function ValueLabel({
  x,
  y,
  width,
  height,
  value,
  fontSize,
  position,
  fill,
}: ValueLabelProps) {
  if (typeof value !== 'string' || value === '' || x === undefined || y === undefined) return null;
  const top = position === 'top';
  return (
    <text
      x={top ? Number(x) + Number(width ?? 0) / 2 : Number(x) + Number(width ?? 0) + fontSize * 0.4}
      y={top ? Number(y) - fontSize * 0.45 : Number(y) + Number(height ?? 0) / 2}
      dy={top ? 0 : '0.35em'}
      textAnchor={top ? 'middle' : 'start'}
      fontSize={fontSize}
      fontWeight={600}
      fill={fill ?? 'var(--color-ink)'}
    >
      {value}
    </text>
  );
}
