import type { SeriesStyle } from './chart-theme';
import { SeriesMarker } from './series-marker';

export interface LegendItem {
  key: string;
  label: string;
  style: SeriesStyle;
  /** Drawn muted when the series is filtered out. */
  active?: boolean;
}

function Swatch({ style }: { style: SeriesStyle }) {
  return (
    <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true">
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
  );
}

/**
 * Our own legend (not recharts') so each series shows its marker and dash as well as colour.
 * With `onSelect`, each item is a toggle button: clicking it filters the chart to that series.
 */
export function ChartLegend({
  items,
  onSelect,
  label,
}: {
  items: LegendItem[];
  onSelect?: (key: string) => void;
  label?: string;
}) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base text-ink" aria-label={label}>
      {items.map(({ key, label: itemLabel, style, active = true }) => (
        <li key={key} className={active ? '' : 'opacity-50'}>
          {onSelect ? (
            <button
              type="button"
              aria-pressed={active}
              onClick={() => onSelect(key)}
              className="flex items-center gap-2 rounded px-1 hover:bg-surface-alt"
            >
              <Swatch style={style} />
              <span className={active ? '' : 'line-through'}>{itemLabel}</span>
            </button>
          ) : (
            <span className="flex items-center gap-2">
              <Swatch style={style} />
              {itemLabel}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
