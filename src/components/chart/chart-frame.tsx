import { useId, useMemo, type ReactNode } from 'react';
import { ReferenceArea } from 'recharts';
import { ChartLegend, type LegendItem } from './chart-legend';
import { useByKey } from '@/lib/use-by-key';
import { useChartEnv, type ChartEnv } from './chart-env';
import type { HighlightTarget } from './highlight';
import { textWidth, wrapText } from './measure-text';
import { SeriesMarker } from './series-marker';
import type { Box } from './layout';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a chart module tells the frame about itself; the frame does the rest. */
export interface FrameSpec {
  legend?: { items: LegendItem[]; label?: string; onSelect?: (key: string) => void };
  /** Keys under the chart ("n/a: no figure published for that year"). */
  notes?: readonly string[];
  /** The value axis's title, drawn level above the plot, clear of every tick. */
  yTitle?: string;
  /** Height wanted on the page (static media fill their box). */
  height?: number;
  /** Room the chart's own axes and labels take around the plot, beyond the frame's text. */
  margin?: Partial<Margin>;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  weight?: number;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
}

interface Key {
  item: LegendItem;
  x: number;
  y: number;
}

export interface Frame {
  env: ChartEnv;
  /** The size of the chart's svg. */
  width: number;
  height: number;
  margin: Margin;
  /** The plot area inside the margin (axes not subtracted). */
  plot: Box;
  /** What the frame's recharts chart is given: its size, the margin and keyboard access. */
  chartProps: { width: number; height: number; margin: Margin; accessibilityLayer: true };
  /** The legend, titles, callout and notes as SVG, drawn into the chart's own svg. */
  overlay: ReactNode;
  /** Whether the chart holds controls (page) or is a drawing (slide, paper, export). */
  interactive: boolean;
  /** A prefix for ids inside this chart's svg (patterns), unique on the page. */
  idPrefix: string;
  /** 1, or faded when a highlight picks something else of that kind. */
  emphasis: (target: HighlightTarget) => number;
  /** A band behind the highlighted year, for charts with a year axis (recharts element). */
  yearBand: (axisId?: string) => ReactNode;
}

const MUTED = 'var(--color-ink-muted)';
const INK = 'var(--color-ink)';

function legendKeys(items: LegendItem[], width: number, size: number, top: number) {
  const swatch = size * 2.4;
  const gap = size * 1.2;
  const rowHeight = size * 1.6;
  const keys: Key[] = [];
  let x = 0;
  let y = top;
  for (const item of items) {
    const w = swatch + size * 0.5 + textWidth(item.label, size);
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    keys.push({ item, x, y });
    x += w + gap;
  }
  return { keys, height: items.length ? y - top + rowHeight : 0, swatch };
}

/** A legend key as SVG: its line, dash and marker scaled with the text beside it. */
function SvgKey({ keyAt, size, swatch }: { keyAt: Key; size: number; swatch: number }) {
  const { item, x, y } = keyAt;
  const mid = y + size * 0.8;
  return (
    <g opacity={item.active === false ? 0.5 : 1}>
      <line
        x1={x}
        x2={x + swatch}
        y1={mid}
        y2={mid}
        stroke={item.style.color}
        strokeWidth={Math.max(2, size / 5)}
        strokeDasharray={item.style.dash}
      />
      <SeriesMarker cx={x + swatch / 2} cy={mid} size={size / 3} style={item.style} />
      <text x={x + swatch + size * 0.5} y={mid} dy="0.35em" fontSize={size} fill={INK}>
        {item.label}
      </text>
    </g>
  );
}

const matches = (a: HighlightTarget, b: HighlightTarget): boolean =>
  a.kind === b.kind &&
  ((a.kind === 'year' && b.kind === 'year' && a.year === b.year) ||
    (a.kind === 'series' && b.kind === 'series' && a.id === b.id) ||
    (a.kind === 'category' && b.kind === 'category' && a.key === b.key));

/**
 * The chart frame: what every chart repeats, worked out once from its box and medium. On the
 * page the legend (buttons) and notes are HTML around the svg; on a slide, on paper and in an
 * export they are drawn into the svg, so the drawing is whole on its own. The y-axis title sits
 * above the plot; a presenter's highlight note is a callout line over it.
 */
export function useChartFrame(spec: FrameSpec): Frame {
  const env = useChartEnv();
  const rawId = useId();
  const { scale, box, highlight } = env;
  const interactive = scale.interactive;
  const { yTitle, height: wanted } = spec;
  // The spec arrives as a new object on each render: its parts keep their identity while what
  // they say is the same, so the layout below is worked out again only when it changes.
  const notes = useByKey(spec.notes, spec.notes?.join('\n') ?? '');
  const legend = useByKey(
    spec.legend,
    spec.legend?.items.map((i) => `${i.key}|${i.label}|${i.active}|${i.style.color}`).join('\n') ??
      '',
  );
  const extra = useByKey(spec.margin, JSON.stringify(spec.margin ?? null));
  const callout = highlight?.note;

  const layout = useMemo(() => {
    const width = box.width;
    // A slide or an image has a fixed box; paper flows like the page, so a chart that asks for
    // more room (a row per subject) gets it there too.
    const flowing = interactive || env.medium === 'print';
    const height = flowing ? (wanted ?? (interactive ? scale.height : box.height)) : box.height;
    const size = scale.fontSize;
    const small = scale.labelSize;
    const lines: Line[] = [];
    let top = 0;
    const keyed = !interactive && legend ? legendKeys(legend.items, width, size, 0) : null;
    if (keyed) top += keyed.height + size * 0.4;
    if (callout) {
      for (const text of wrapText(callout, width - size, size, 600)) {
        top += size * 1.3;
        lines.push({ text, x: size * 0.6, y: top - size * 0.3, size, weight: 600, fill: INK });
      }
      top += size * 0.3;
    }
    if (yTitle) {
      const left = extra?.left ?? 0;
      for (const text of wrapText(yTitle, width - left, size)) {
        top += size * 1.3;
        lines.push({ text, x: left, y: top - size * 0.3, size, fill: MUTED });
      }
    }
    let bottom = 0;
    if (!interactive && notes?.length) {
      const noteLines = notes.flatMap((note) => wrapText(note, width, small));
      bottom = noteLines.length * small * 1.3 + small * 0.4;
      noteLines.forEach((text, i) =>
        lines.push({
          text,
          x: 0,
          y: height - bottom + small * 0.4 + (i + 1) * small * 1.3 - small * 0.3,
          size: small,
          fill: MUTED,
        }),
      );
    }
    const margin: Margin = {
      top: top + (extra?.top ?? size * 0.6),
      right: extra?.right ?? size * 0.6,
      bottom: bottom + (extra?.bottom ?? 4),
      left: extra?.left ?? 4,
    };
    const plot: Box = {
      x: margin.left,
      y: margin.top,
      width: Math.max(10, width - margin.left - margin.right),
      height: Math.max(10, height - margin.top - margin.bottom),
    };
    return { width, height, margin, plot, lines, keyed, size };
  }, [
    box.width,
    box.height,
    env.medium,
    interactive,
    wanted,
    scale,
    legend,
    notes,
    yTitle,
    callout,
    extra,
  ]);

  const overlay = useMemo(
    () => (
      <g className="chart-frame-text">
        {layout.keyed?.keys.map((keyAt) => (
          <SvgKey
            key={keyAt.item.key}
            keyAt={keyAt}
            size={layout.size}
            swatch={layout.keyed?.swatch ?? 0}
          />
        ))}
        {layout.lines.map((line, i) => (
          <text
            key={i}
            x={line.x}
            y={line.y}
            fontSize={line.size}
            fontWeight={line.weight}
            fill={line.fill}
            textAnchor={line.anchor}
          >
            {line.text}
          </text>
        ))}
      </g>
    ),
    [layout],
  );

  return useMemo(() => {
    const target = highlight?.target;
    const emphasis = (of: HighlightTarget) =>
      !target || target.kind !== of.kind || matches(target, of) ? 1 : 0.3;
    const yearBand = (axisId?: string) =>
      target?.kind === 'year' ? (
        <ReferenceArea
          x1={target.year}
          x2={target.year}
          {...(axisId ? { yAxisId: axisId } : {})}
          fill="var(--color-accent)"
          fillOpacity={0.12}
          ifOverflow="hidden"
        />
      ) : null;
    return {
      env,
      width: layout.width,
      height: layout.height,
      margin: layout.margin,
      plot: layout.plot,
      chartProps: {
        width: layout.width,
        height: layout.height,
        margin: layout.margin,
        accessibilityLayer: true,
      },
      overlay,
      interactive,
      idPrefix: `c${rawId.replace(/[^a-zA-Z0-9]/g, '')}`,
      emphasis,
      yearBand,
    };
  }, [env, layout, overlay, interactive, rawId, highlight]);
}

/**
 * The chart with what goes around it on the page: the legend as buttons above, the notes below.
 * Elsewhere the svg already holds them.
 */
export function FrameShell({
  frame,
  spec,
  children,
}: {
  frame: Pick<Frame, 'interactive'>;
  spec: FrameSpec;
  children: ReactNode;
}) {
  if (!frame.interactive) return <div data-chart-box="">{children}</div>;
  return (
    <div className="flex flex-col gap-2">
      {spec.legend && (
        <ChartLegend
          items={spec.legend.items}
          label={spec.legend.label}
          onSelect={spec.legend.onSelect}
        />
      )}
      <div data-chart-box="">{children}</div>
      {spec.notes?.map((note) => (
        <p key={note} className="text-sm text-ink-muted">
          {note}
        </p>
      ))}
    </div>
  );
}

/**
 * Notes under a chart made of several drawings: on a slide, on paper and in an export an svg of
 * their own, with the height it takes from the box; on the page none (FrameShell writes them).
 */
export function notesDrawing(
  notes: readonly string[],
  { box, scale }: ChartEnv,
): { height: number; svg: ReactNode } {
  if (scale.interactive) return { height: 0, svg: null };
  const size = scale.labelSize;
  const lines = notes.flatMap((note) => wrapText(note, box.width, size));
  const height = (lines.length + 0.6) * size * 1.3;
  const svg = (
    <svg
      width={box.width}
      height={height}
      viewBox={`0 0 ${box.width} ${height}`}
      data-chart-notes=""
    >
      {lines.map((line, i) => (
        <text key={i} x={0} y={(i + 1) * size * 1.3} fontSize={size} fill={MUTED}>
          {line}
        </text>
      ))}
    </svg>
  );
  return { height, svg };
}
