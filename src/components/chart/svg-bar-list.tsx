import { useMemo } from 'react';
import type { BarListItem } from './bar-list';
import { useChartFrame } from './chart-frame';
import { textWidth, wrapText } from './measure-text';

/**
 * The bar list as a drawing, for a slide, paper or an export: each item's label above its bar,
 * its value after it, on one scale from zero, laid out for the frame's box. (On the page the
 * bar list is HTML, so its long labels wrap with the page's text.)
 */
export function SvgBarList({
  items,
  color,
  notes,
}: {
  items: BarListItem[];
  color: string;
  notes: readonly string[];
}) {
  const frame = useChartFrame({ notes });
  const { scale } = frame.env;
  const layout = useMemo(() => {
    const fs = scale.fontSize;
    const { plot } = frame;
    const valueRoom = Math.max(0, ...items.map((i) => textWidth(i.text, fs, 600))) + fs * 0.6;
    const max = Math.max(0, ...items.map((i) => i.value));
    const band = plot.height / Math.max(1, items.length);
    return items.map((item, i) => {
      const lines = wrapText(item.label, plot.width, fs);
      const top = plot.y + i * band;
      const labelHeight = lines.length * fs * 1.2;
      const barHeight = Math.max(4, Math.min(fs * 1.8, band - labelHeight - fs * 0.6));
      const width = max > 0 ? Math.max(1, (item.value / max) * (plot.width - valueRoom)) : 1;
      return { item, lines, top, labelHeight, barHeight, width };
    });
  }, [items, frame, scale.fontSize]);
  const fs = scale.fontSize;
  return (
    <svg
      width={frame.width}
      height={frame.height}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      data-chart-svg=""
    >
      {layout.map(({ item, lines, top, labelHeight, barHeight, width }) => (
        <g key={item.id} data-bar={item.id}>
          {lines.map((line, i) => (
            <text
              key={`${i}-${line}`}
              x={frame.plot.x}
              y={top + (i + 1) * fs * 1.2 - fs * 0.25}
              fontSize={fs}
              fill="var(--color-ink-muted)"
            >
              {line}
            </text>
          ))}
          <rect
            x={frame.plot.x}
            y={top + labelHeight + fs * 0.2}
            width={width}
            height={barHeight}
            rx={2}
            fill={color}
          />
          <text
            x={frame.plot.x + width + fs * 0.4}
            y={top + labelHeight + fs * 0.2 + barHeight / 2}
            dy="0.35em"
            fontSize={fs}
            fontWeight={600}
            fill="var(--color-ink)"
          >
            {item.text}
          </text>
        </g>
      ))}
      {frame.overlay}
    </svg>
  );
}
