import type { SeriesStyle } from './chart-theme';
import { SeriesMarker } from './series-marker';

/** Our own legend (not recharts') so each series shows its marker and dash as well as its colour. */
export function ChartLegend({
  items,
}: {
  items: Array<{ key: string; label: string; style: SeriesStyle }>;
}) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base text-ink" aria-hidden="true">
      {items.map(({ key, label, style }) => (
        <li key={key} className="flex items-center gap-2">
          <svg width="36" height="16" viewBox="0 0 36 16">
            <line
              x1="0"
              y1="8"
              x2="36"
              y2="8"
              stroke={style.color}
              strokeWidth="3"
              strokeDasharray={style.dash}
            />
            <SeriesMarker cx={18} cy={8} size={5} style={style} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
