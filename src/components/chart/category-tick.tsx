interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
  /** Each category's label, already wrapped into lines by the chart's layout. */
  lines: ReadonlyMap<string, readonly string[]>;
  fontSize: number;
  /**
   * `beside`: right-aligned left of the bar, centred on it. `above`: level with the plot's left
   * edge `at`, just above a bar `barSize` px thick (a phone's narrow chart).
   */
  place: { kind: 'beside' } | { kind: 'above'; at: number; barSize: number };
}

/** A category axis label as plain `<text>` lines, wrapped by the layout, never by the page. */
// Recharts hands a custom tick its own grey `fill` (#666, under AA contrast on the dark themes):
// the label takes the theme's ink instead.
export function CategoryTick({ x, y, payload, lines, fontSize, place }: CategoryTickProps) {
  if (x === undefined || y === undefined || !payload) return null;
  const text = lines.get(String(payload.value)) ?? [String(payload.value)];
  const lineHeight = fontSize * 1.15;
  const left = place.kind === 'above' ? place.at : Number(x);
  const first =
    place.kind === 'above'
      ? Number(y) - place.barSize / 2 - fontSize * 0.35 - (text.length - 1) * lineHeight
      : Number(y) + fontSize * 0.35 - ((text.length - 1) * lineHeight) / 2;
  return (
    <text
      x={left}
      y={first}
      textAnchor={place.kind === 'above' ? 'start' : 'end'}
      fontSize={fontSize}
      fill="var(--color-ink)"
    >
      {text.map((line, i) => (
        <tspan key={`${i}-${line}`} x={left} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
