import type { ChartRow } from './rankings-layout';
import { styleOf } from './rankings-layout';
import type { ComparisonSeries, RankingsData } from './select-rankings';

/** What the pointer or the arrow keys point at: a year's ranks, as each point's label says them. */
export function RankingsTooltip({
  row,
  series,
  peers,
  x,
  y,
  width,
  fontSize,
}: {
  row: ChartRow | undefined;
  series: RankingsData['series'];
  peers: Array<{ line: ComparisonSeries; text: string | undefined }>;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}) {
  if (!row) return null;
  const entries = [
    ...series.map((s) => ({
      key: s.id,
      name: s.label,
      text: row.labels[s.id]?.text,
      color: styleOf(s.id).color,
    })),
    ...peers.map(({ line, text }) => ({
      key: line.key,
      name: `${line.economyLabel}: ${line.indexLabel}`,
      text,
      color: styleOf(line.index).color,
    })),
  ].filter((e) => e.text);
  // Beside the year, on the side with more room, and no wider than that side: on a phone a long
  // index name wraps instead of running off the screen.
  const onLeft = x > width / 2;
  const room = Math.max(120, (onLeft ? x : width - x) - 10);
  return (
    <div
      role="status"
      className="pointer-events-none absolute rounded border border-line bg-surface px-2 py-1 text-ink shadow print:hidden"
      style={{
        fontSize,
        top: y,
        maxWidth: room,
        width: 'max-content',
        ...(onLeft ? { right: width - x + 10 } : { left: x + 10 }),
      }}
    >
      <p className="font-semibold">{row.year}</p>
      <ul>
        {entries.map((e) => (
          <li key={e.key} style={{ color: e.color }}>
            {e.name}: {e.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
