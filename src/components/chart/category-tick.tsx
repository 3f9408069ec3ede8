import { YAxis, type YAxisProps } from 'recharts';
import { useChartEnv } from './chart-env';
import { textWidth, wrapText } from './measure-text';

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

/** How wide an axis of names beside the bars is: the widest name, up to `most` px, and a gap. */
export function besideWidth(names: ReadonlyMap<string, string>, most: number, fontSize: number) {
  const widest = Math.max(...[...names.values()].map((name) => textWidth(name, fontSize)));
  return Math.min(widest, most) + fontSize * 0.6;
}

/**
 * Category names (by tick value) for `CategoryYAxis`, each wrapped to its room: beside the bars
 * in an axis `beside` px wide, or `above` them across the plot. An axis 0 px wide draws no ticks
 * at all: names above the bars take an axis 1 px wide.
 */
export function categoryNames({
  names,
  above,
  beside,
  plotWidth,
  fontSize,
}: {
  names: ReadonlyMap<string, string>;
  above: boolean;
  beside: number;
  plotWidth: number;
  fontSize: number;
}): { width: number; lines: Map<string, string[]> } {
  const room = above ? plotWidth : beside - fontSize * 0.6;
  const lines = new Map([...names].map(([value, name]) => [value, wrapText(name, room, fontSize)]));
  return { width: above ? 1 : beside, lines };
}

/**
 * A category axis at the side whose names the layout has wrapped (`lines`, by tick value), set
 * beside the bars or above them (`place`).
 */
export function CategoryYAxis({
  lines,
  place,
  ...axis
}: Pick<CategoryTickProps, 'lines' | 'place'> &
  Pick<YAxisProps, 'type' | 'dataKey' | 'width' | 'reversed' | 'domain' | 'ticks'>) {
  const { scale } = useChartEnv();
  return (
    <YAxis
      interval={0}
      tickLine={false}
      {...axis}
      tick={<CategoryTick lines={lines} fontSize={scale.fontSize} place={place} />}
    />
  );
}
