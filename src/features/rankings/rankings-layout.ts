import type { ChartScale } from '@/components/chart/chart-theme';
import { seriesStyle } from '@/components/chart/chart-theme';
import {
  axisWidth,
  boxAround,
  keepApart,
  textBox,
  yearAxis,
  type Box,
} from '@/components/chart/layout';
import { textWidth } from '@/components/chart/measure-text';
import { brokenLine } from '@/components/chart/svg-axes';
import { formatPercent } from '@/lib/format';
import {
  pointLabel,
  pointValue,
  RANKING_SERIES,
  type ComparisonSeries,
  type RankingMetric as Metric,
  type RankingSeriesId,
  type RankingsData,
} from './select-rankings';

/** A point's label ("11 / 131"), and whether it sits above its marker or below. */
export interface PointLabel {
  text: string;
  above: boolean;
}

export type ChartRow = {
  year: number;
  labels: Partial<Record<RankingSeriesId, PointLabel>>;
} & Partial<Record<RankingSeriesId, number | null>>;

export const styleOf = (id: RankingSeriesId) => seriesStyle(RANKING_SERIES.indexOf(id));

/**
 * A label's baseline from its point: clear of the marker by more than `keepApart`'s gap, counting
 * the descent `textBox` gives a label, so no scale drops a label for touching its own marker.
 */
export const labelOffset = (scale: ChartScale, above: boolean) =>
  above
    ? -(scale.marker + Math.ceil(scale.labelSize * 0.2) + 4)
    : scale.marker + scale.labelSize + 4;

/** Where two indices share a year, the better rank is labelled above its point, the other below. */
function labelAbove(row: ChartRow, id: RankingSeriesId, order: number, others: RankingSeriesId[]) {
  const own = row[id];
  const rival = others.map((o) => row[o]).find((v): v is number => typeof v === 'number');
  if (typeof own !== 'number' || rival === undefined) return order === 0;
  return own === rival ? order === 0 : own < rival;
}

/**
 * Where everything of the ranking chart goes in the frame's plot: rank 1 at the top, a column
 * per year, each index's line broken at missing years, and the point labels that meet neither a
 * marker nor another label (the latest year first, as it is the one a reader looks for).
 */
export function rankingsLayout(
  data: RankingsData,
  metric: Metric,
  peers: readonly ComparisonSeries[],
  plot: Box,
  scale: ChartScale,
) {
  const ids = data.series.map((series) => series.id);
  const rows: ChartRow[] = data.rows.map((row) => {
    const values = Object.fromEntries(ids.map((id) => [id, pointValue(row.ranks[id], metric)]));
    const chartRow = { year: row.year, labels: {}, ...values } as ChartRow;
    ids.forEach((id, order) => {
      const point = row.ranks[id];
      if (point && typeof chartRow[id] === 'number')
        chartRow.labels[id] = {
          text: pointLabel(point, metric),
          above: labelAbove(
            chartRow,
            id,
            order,
            ids.filter((o) => o !== id),
          ),
        };
    });
    return chartRow;
  });
  const peerValues = peers.map((line) =>
    data.rows.map((row) => {
      const point = line.point(row);
      return point ? { value: pointValue(point, metric), text: pointLabel(point, metric) } : null;
    }),
  );
  const worst = Math.max(
    1,
    ...rows.flatMap((r) => ids.map((id) => r[id] ?? 0)),
    ...peerValues.flat().map((p) => p?.value ?? 0),
  );
  const step = metric === 'rank' ? (worst > 60 ? 20 : worst > 30 ? 10 : 5) : worst > 50 ? 20 : 10;
  const bottom = Math.max(step * 2, Math.ceil((worst * 1.1 + 1) / step) * step);
  const ticks = [
    metric === 'rank' ? 1 : 0,
    ...Array.from({ length: bottom / step }, (_, i) => (i + 1) * step),
  ];
  const format = (v: number) => (metric === 'rank' ? String(v) : formatPercent(v));
  const top = ticks[0] ?? 0;
  const yAxisWidth = axisWidth(ticks.map(format), scale.fontSize);
  // Room at each end of the year axis for the first and last years' labels, which are centred on
  // their points: they stay clear of the value axis and inside the chart.
  const edgeLabels = [rows[0], rows.at(-1)].flatMap((row) =>
    row ? Object.values(row.labels).map((l) => textWidth(l.text, scale.labelSize, 600) / 2) : [],
  );
  const pad = Math.max(
    Math.min(24, plot.width * 0.04) + scale.labelSize,
    ...edgeLabels.map((w) => w + 4),
  );
  const left = plot.x + yAxisWidth;
  const right = plot.x + plot.width;
  const years = rows.map((r) => r.year);
  const yearLayout = yearAxis(years, right - left - 2 * pad, scale.fontSize);
  const plotBottom = plot.y + plot.height - Math.round(scale.fontSize * 1.8);
  const xs = rows.map((_, i) =>
    rows.length > 1
      ? left + pad + (i * (right - left - 2 * pad)) / (rows.length - 1)
      : (left + right) / 2,
  );
  const yOf = (v: number) => plot.y + ((v - top) / (bottom - top)) * (plotBottom - plot.y);
  // A point has a label exactly where it has a value, so the labelled points are all the markers.
  const points = rows.flatMap((row, i) =>
    ids.flatMap((id) => {
      const label = row.labels[id];
      const v = row[id];
      return label && typeof v === 'number' ? [{ id, label, x: xs[i] ?? 0, y: yOf(v) }] : [];
    }),
  );
  const ordered = [...points].reverse();
  const kept = keepApart(
    ordered.map(({ label, x, y }) =>
      textBox(label.text, x, y + labelOffset(scale, label.above), scale.labelSize, 'middle', 600),
    ),
    points.map((p) => boxAround(p.x, p.y, scale.marker)),
  );
  const series = ids.map((id) => {
    const at = rows.map((row, i) => {
      const v = row[id];
      return typeof v === 'number' ? { x: xs[i] ?? 0, y: yOf(v) } : null;
    });
    return { id, line: brokenLine(at), points: points.filter((p) => p.id === id) };
  });
  const peerLines = peers.map((line, k) => {
    const at = (peerValues[k] ?? []).map((p, i) =>
      !p || p.value === null ? null : { x: xs[i] ?? 0, y: yOf(p.value) },
    );
    return { line, path: brokenLine(at), at };
  });
  return {
    rows,
    xs,
    left,
    right,
    plotBottom,
    peerValues,
    series,
    peerLines,
    labels: ordered.filter((_, k) => kept[k]),
    yTicks: ticks.map((v) => ({ y: yOf(v), text: format(v) })),
    xTicks: yearLayout.ticks.map((year) => ({ year, x: xs[years.indexOf(year)] ?? 0 })),
    yearFormat: yearLayout.format,
    step: rows.length > 1 ? (right - left - 2 * pad) / (rows.length - 1) : scale.fontSize * 2,
  };
}

export type RankingsLayout = ReturnType<typeof rankingsLayout>;
