import { BarList, type BarListItem } from './bar-list';
import { useChartEnv } from './chart-env';
import { SvgBarList } from './svg-bar-list';

/**
 * A bar list with its key under it, in every medium: HTML on the page (long labels wrap with the
 * page's text), a drawing on a slide, on paper and in an export.
 */
export function BarListChart({
  items,
  color,
  note,
}: {
  items: BarListItem[];
  color: string;
  note: string;
}) {
  const { scale } = useChartEnv();
  if (!scale.interactive) return <SvgBarList items={items} color={color} notes={[note]} />;
  return (
    <div className="flex flex-col gap-3">
      <BarList color={color} items={items} />
      <p className="text-sm text-ink-muted">{note}</p>
    </div>
  );
}
