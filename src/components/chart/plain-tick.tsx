interface PlainTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
  index?: number;
  tickFormatter?: (value: unknown, index: number) => string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  fill?: string;
  fontSize?: number;
  className?: string;
}

/** Where recharts' `Text` puts one line of text for each vertical anchor (its cap-height rule). */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * An axis label drawn as one plain `<text>`. Recharts' default tick passes the axis width to its
 * `Text`, which measures every word in the page to wrap it, forcing a layout in mid-render; axis
 * labels here are short and never wrap.
 */
export function PlainTick({
  x,
  y,
  payload,
  index = 0,
  tickFormatter,
  textAnchor = 'middle',
  verticalAnchor = 'middle',
  fill,
  fontSize,
  className,
}: PlainTickProps) {
  if (x === undefined || y === undefined || !payload) return null;
  const text = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  return (
    <text
      x={x}
      y={y}
      dy={DY[verticalAnchor]}
      textAnchor={textAnchor}
      fill={fill}
      fontSize={fontSize}
      className={className}
    >
      {text}
    </text>
  );
}
