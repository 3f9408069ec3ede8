import type { Dataset, Observation, Source } from '@/data/schema';
import type { MarkerShape } from '@/components/chart/chart-theme';
import { formatPercent, formatRank } from '@/lib/format';
import { citedSources, seriesObservations, singleFigure, yearSpan } from '@/data/observations';

import {
  COMPARE_ECONOMIES,
  RANKING_INDICES,
  inYearWindow,
  type CompareEconomy,
  type ViewState,
} from '@/lib/view-state';

export const RANKING_SERIES = RANKING_INDICES;
export type RankingSeriesId = (typeof RANKING_SERIES)[number];

export interface RankPoint {
  rank: number;
  outOf: number | undefined;
  sourceId: string;
}

type Ranks = Record<RankingSeriesId, RankPoint | null>;

export interface RankingRow {
  year: number;
  /** Hong Kong's ranks; `null` where no figure was published: drawn as a gap, never interpolated. */
  ranks: Ranks;
  /** The same for each peer economy the data has, by economy id. */
  peers: Partial<Record<CompareEconomy, Ranks>>;
}

/** One line a renderer draws: Hong Kong's or a peer's rank in one index. */
export interface ComparisonSeries {
  /** `gii` for Hong Kong, `gii@singapore` for a peer. */
  key: string;
  index: RankingSeriesId;
  economy: CompareEconomy | 'hong-kong';
  /** Hong Kong is drawn emphasised (thicker), peers thinner and muted. */
  emphasis: 'primary' | 'peer';
  economyLabel: string;
  indexLabel: string;
  /** A peer's marker: colour tells the index, the shape tells the economy. */
  marker: MarkerShape;
  point: (row: RankingRow) => RankPoint | null;
}

/** One shape per peer economy, none of them Hong Kong's own (circle, square). */
export const PEER_MARKERS: Record<CompareEconomy, MarkerShape> = {
  singapore: 'diamond',
  'south-korea': 'triangle',
  'mainland-china': 'cross',
  switzerland: 'square',
};

export interface RankingsData {
  series: Array<{ id: RankingSeriesId; label: string }>;
  /** The peer economies the dataset has figures for, with their (localised) names. */
  economies: Array<{ id: CompareEconomy; label: string }>;
  rows: RankingRow[];
  /** The cluster's latest rank, and every year's, oldest first. */
  cluster: Observation;
  clusterHistory: Observation[];
  infrastructure: Observation;
  sources: Source[];
  notes: string[];
}

const toPoint = (o: Observation | undefined): RankPoint | null =>
  o ? { rank: o.value, outOf: o.outOf, sourceId: o.sourceId } : null;

export function selectRankings(dataset: Dataset): RankingsData {
  const bySeries = Object.fromEntries(
    RANKING_SERIES.map((id) => [id, seriesObservations(dataset, id)]),
  ) as Record<RankingSeriesId, Observation[]>;
  const years = yearSpan(Object.values(bySeries).flat());
  const economies = COMPARE_ECONOMIES.flatMap((id) => {
    const category = dataset.categories?.find((c) => c.id === id);
    return category ? [{ id, label: category.label }] : [];
  });
  const ranksOf = (year: number, economy: CompareEconomy | undefined) =>
    Object.fromEntries(
      RANKING_SERIES.map((id) => [
        id,
        toPoint(bySeries[id].find((o) => o.year === year && o.category === economy)),
      ]),
    ) as Ranks;
  const rows = years.map((year) => ({
    year,
    ranks: ranksOf(year, undefined),
    peers: Object.fromEntries(economies.map((e) => [e.id, ranksOf(year, e.id)])),
  }));
  const clusterHistory = seriesObservations(dataset, 'gii-cluster');
  const cluster = clusterHistory.at(-1) ?? singleFigure(dataset, 'gii-cluster');
  const infrastructure = singleFigure(dataset, 'gii-infrastructure');
  return {
    series: RANKING_SERIES.map((id) => ({
      id,
      label: dataset.series.find((s) => s.id === id)?.label ?? id,
    })),
    economies,
    rows,
    cluster,
    clusterHistory,
    infrastructure,
    sources: citedSources(dataset, dataset.observations),
    notes: dataset.notes ?? [],
  };
}

/**
 * Every line to draw for the indices shown: Hong Kong's first, then each chosen peer's. Any
 * renderer (chart, table, export) draws these; a peer's missing years stay gaps.
 */
export function comparisonSeries(
  data: RankingsData,
  compare: readonly CompareEconomy[],
  hongKong: string,
): ComparisonSeries[] {
  const peers = data.economies.filter((e) => compare.includes(e.id));
  return data.series.flatMap((s) => [
    {
      key: s.id,
      index: s.id,
      economy: 'hong-kong' as const,
      emphasis: 'primary' as const,
      economyLabel: hongKong,
      indexLabel: s.label,
      marker: s.id === 'gii' ? ('circle' as const) : ('square' as const),
      point: (row: RankingRow) => row.ranks[s.id],
    },
    ...peers.map((e) => ({
      key: `${s.id}@${e.id}`,
      index: s.id,
      economy: e.id,
      emphasis: 'peer' as const,
      economyLabel: e.label,
      indexLabel: s.label,
      marker: PEER_MARKERS[e.id],
      point: (row: RankingRow) => row.peers[e.id]?.[s.id] ?? null,
    })),
  ]);
}

/**
 * Where Hong Kong stands among the economies chosen, in the latest year of an index where Hong
 * Kong and at least one of them have a published rank; undefined when there is none.
 */
export function standingAmongChosen(rows: RankingRow[], lines: ComparisonSeries[]) {
  const hk = lines.find((l) => l.emphasis === 'primary');
  if (!hk) return undefined;
  const peers = lines.filter((l) => l.emphasis === 'peer' && l.index === hk.index);
  for (const row of [...rows].reverse()) {
    const own = hk.point(row);
    const others = peers.flatMap((p) => p.point(row) ?? []);
    if (!own || others.length === 0) continue;
    return {
      year: row.year,
      index: hk.index,
      position: 1 + others.filter((o) => o.rank < own.rank).length,
      count: others.length + 1,
    };
  }
  return undefined;
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
  // Hong Kong's figures decide whether there is anything to show; peers never stand alone.
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

/** "11 / 131", or rank ÷ economies ranked as "8.4%" (derived). */
export function pointLabel(point: RankPoint, metric: RankingMetric): string {
  const percent = rankPercent(point);
  return metric === 'percentile' && percent !== null
    ? formatPercent(percent)
    : formatRank(point.rank, point.outOf);
}
