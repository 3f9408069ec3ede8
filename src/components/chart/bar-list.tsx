export interface BarListItem {
  id: string;
  label: string;
  value: number;
  /** The value as published, e.g. "140,000+ m²". */
  text: string;
}

/**
 * Horizontal bars on one linear scale from zero, each labelled with its published value. The
 * layout is HTML so the dataset's long labels wrap at any panel width; each bar is an SVG
 * rectangle, a foreground mark, because print dialogs leave CSS backgrounds out by default and a
 * background-coloured bar would vanish from the page.
 */
export function BarList({ items, color }: { items: BarListItem[]; color: string }) {
  const max = Math.max(0, ...items.map((item) => item.value));
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => {
        const fraction = max > 0 ? item.value / max : 0;
        return (
          <li key={item.id} className="flex flex-col gap-1" data-bar={item.id}>
            <span className="text-base text-ink-muted">{item.label}</span>
            <span className="flex items-center gap-2">
              {/* 9rem is kept free for the value label beside the longest bar. */}
              <svg
                aria-hidden="true"
                className="block h-7 min-w-0.5 shrink-0"
                style={{ width: `calc((100% - 9rem) * ${fraction})` }}
              >
                <rect width="100%" height="100%" rx="2" style={{ fill: color }} />
              </svg>
              <span className="shrink-0 text-base font-semibold text-ink tabular-nums">
                {item.text}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
