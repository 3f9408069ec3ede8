import type { Dataset, Observation, Source } from '@/data/schema';
import { formatPercent, formatRank } from '@/lib/format';
import { citedSources, seriesObservations, singleFigure, yearSpan } from '@/data/observations';

import { RANKING_INDICES, inYearWindow, type ViewState } from '@/lib/view-state';

export const RANKING_SERIES = RANKING_INDICES;
export type RankingSeriesId = (typeof RANKING_SERIES)[number];

export interface RankPoint {
  rank: number;
  outOf: number | undefined;
  sourceId: string;
}

export interface RankingRow {
  year: number;
  /** `null` where no figure was published: drawn as a gap, never interpolated. */
  ranks: Record<RankingSeriesId, RankPoint | null>;
}

export interface RankingsData {
  series: Array<{ id: RankingSeriesId; label: string }>;
  rows: RankingRow[];
  cluster: Observation;
  infrastructure: Observation;
  sources: Source[];
  notes: string[];
}

export function selectRankings(dataset: Dataset): RankingsData {
  const bySeries = Object.fromEntries(
    RANKING_SERIES.map((id) => [id, seriesObservations(dataset, id)]),
  ) as Record<RankingSeriesId, Observation[]>;
  const years = yearSpan(Object.values(bySeries).flat());
  const rows = years.map((year) => ({
    year,
    ranks: Object.fromEntries(
      RANKING_SERIES.map((id) => {
        const o = bySeries[id].find((obs) => obs.year === year);
        return [id, o ? { rank: o.value, outOf: o.outOf, sourceId: o.sourceId } : null];
      }),
    ) as Record<RankingSeriesId, RankPoint | null>,
  }));
  const cluster = singleFigure(dataset, 'gii-cluster');
  const infrastructure = singleFigure(dataset, 'gii-infrastructure');
  return {
    series: RANKING_SERIES.map((id) => ({
      id,
      label: dataset.series.find((s) => s.id === id)?.label ?? id,
    })),
    rows,
    cluster,
    infrastructure,
    sources: citedSources(dataset, dataset.observations),
    notes: dataset.notes ?? [],
  };
}

/** First and latest published rank of a series, for the takeaway. */
export function rankChange(rows: RankingRow[], id: RankingSeriesId) {
  const points = rows.flatMap((r) => {
    const p = r.ranks[id];
    return p ? [{ year: r.year, ...p }] : [];
  });
  const first = points[0];
  const last = points[points.length - 1];
  return first && last ? { first, last } : undefined;
}

/** Rank as a share of the economies ranked (lower is better): comparable across years. */
export function rankPercent(point: RankPoint): number | null {
  return point.outOf ? (point.rank / point.outOf) * 100 : null;
}

/** The years and indices the view asks for; null when nothing is left to draw. */
export function filterRankings(
  data: RankingsData,
  view: Pick<ViewState, 'from' | 'to' | 'index'>,
): RankingsData | null {
  const series = data.series.filter((s) => view.index.includes(s.id));
  const rows = data.rows.filter((r) => inYearWindow(r.year, view));
  const hasPoint = rows.some((r) => series.some((s) => r.ranks[s.id]));
  return series.length && hasPoint ? { ...data, series, rows } : null;
}

export type RankingMetric = ViewState['metric'];

export function pointValue(
  point: RankPoint | null | undefined,
  metric: RankingMetric,
): number | null {
  if (!point) return null;
  return metric === 'rank' ? point.rank : rankPercent(point);
}

/** "11 / 131", or "8.4%" of economies ranked. */
export function pointLabel(point: RankPoint, metric: RankingMetric): string {
  const percent = rankPercent(point);
  return metric === 'percentile' && percent !== null
    ? formatPercent(percent)
    : formatRank(point.rank, point.outOf);
}
