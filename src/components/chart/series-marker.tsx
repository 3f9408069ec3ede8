import type { ReactNode } from 'react';
import type { MarkerShape, SeriesStyle } from './chart-theme';
import { useChartEnv } from './chart-env';

interface MarkerProps {
  cx?: number;
  cy?: number;
  style: SeriesStyle;
  size?: number;
}

/**
 * The outline of a series' marker centred on (cx, cy), as path data. A circle is two arcs, so
 * many markers of one series can share a single path (the universities dot plot draws so).
 */
export function markerPath(shape: MarkerShape, cx: number, cy: number, size: number): string {
  switch (shape) {
    case 'square':
      return `M${cx - size},${cy - size}h${size * 2}v${size * 2}h${-size * 2}Z`;
    case 'diamond':
      return `M${cx},${cy - size * 1.3}L${cx + size * 1.3},${cy}L${cx},${cy + size * 1.3}L${cx - size * 1.3},${cy}Z`;
    case 'triangle':
      return `M${cx},${cy - size * 1.3}L${cx + size * 1.2},${cy + size}L${cx - size * 1.2},${cy + size}Z`;
    case 'cross': {
      const arm = size * 0.45;
      const reach = size * 1.2 - arm;
      return `M${cx - arm},${cy - size * 1.2}h${arm * 2}v${reach}h${reach}v${arm * 2}h${-reach}v${reach}h${-arm * 2}v${-reach}h${-reach}v${-arm * 2}h${reach}Z`;
    }
    case 'circle':
      return `M${cx - size},${cy}a${size},${size} 0 1,0 ${size * 2},0a${size},${size} 0 1,0 ${-size * 2},0Z`;
  }
}

/** How every marker is painted: the series' colour, ringed in the surface colour to stand apart. */
export const markerPaint = (style: SeriesStyle) => ({
  fill: style.color,
  stroke: 'var(--color-surface)',
  strokeWidth: 1.5,
});

/** A dot shape per series (circle, square, diamond, triangle) for recharts' `dot` prop and legends. */
export function SeriesMarker({ cx, cy, style, size: fixedSize }: MarkerProps) {
  const { scale } = useChartEnv();
  const size = fixedSize ?? scale.marker;
  if (cx === undefined || cy === undefined || Number.isNaN(cx) || Number.isNaN(cy)) return null;
  const paint = markerPaint(style);
  if (style.marker === 'circle') return <circle cx={cx} cy={cy} r={size} {...paint} />;
  if (style.marker === 'square')
    return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...paint} />;
  return <path d={markerPath(style.marker, cx, cy, size)} {...paint} />;
}

const dotRenderers = new WeakMap<SeriesStyle, ReturnType<typeof makeSeriesDot>>();

function makeSeriesDot(style: SeriesStyle) {
  return function SeriesDot(props: {
    cx?: number;
    cy?: number;
    value?: unknown;
    index?: number;
  }): ReactNode {
    if (props.value === null || props.value === undefined) return <g key={props.index} />;
    return <SeriesMarker key={props.index} cx={props.cx} cy={props.cy} style={style} />;
  };
}

/**
 * A recharts `dot` renderer: the series' marker at each point, nothing where the value is a gap.
 * One function per style, so a re-render passes recharts the same prop and it can skip work.
 */
export function seriesDot(style: SeriesStyle) {
  let dot = dotRenderers.get(style);
  if (!dot) dotRenderers.set(style, (dot = makeSeriesDot(style)));
  return dot;
}
