import type { ReactNode } from 'react';
import type { SeriesStyle } from './chart-theme';
import { useChartEnv } from './chart-env';

interface MarkerProps {
  cx?: number;
  cy?: number;
  style: SeriesStyle;
  size?: number;
}

/** A dot shape per series (circle, square, diamond, triangle) for recharts' `dot` prop and legends. */
export function SeriesMarker({ cx, cy, style, size: fixedSize }: MarkerProps) {
  const { scale } = useChartEnv();
  const size = fixedSize ?? scale.marker;
  if (cx === undefined || cy === undefined || Number.isNaN(cx) || Number.isNaN(cy)) return null;
  const common = { fill: style.color, stroke: 'var(--color-surface)', strokeWidth: 1.5 };
  switch (style.marker) {
    case 'square':
      return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...common} />;
    case 'diamond':
      return (
        <path
          d={`M${cx},${cy - size * 1.3}L${cx + size * 1.3},${cy}L${cx},${cy + size * 1.3}L${cx - size * 1.3},${cy}Z`}
          {...common}
        />
      );
    case 'triangle':
      return (
        <path
          d={`M${cx},${cy - size * 1.3}L${cx + size * 1.2},${cy + size}L${cx - size * 1.2},${cy + size}Z`}
          {...common}
        />
      );
    case 'cross': {
      const arm = size * 0.45;
      return (
        <path
          d={`M${cx - arm},${cy - size * 1.2}h${arm * 2}v${size * 1.2 - arm}h${size * 1.2 - arm}v${arm * 2}h${-(size * 1.2 - arm)}v${size * 1.2 - arm}h${-arm * 2}v${-(size * 1.2 - arm)}h${-(size * 1.2 - arm)}v${-arm * 2}h${size * 1.2 - arm}Z`}
          {...common}
        />
      );
    }
    case 'circle':
      return <circle cx={cx} cy={cy} r={size} {...common} />;
  }
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
