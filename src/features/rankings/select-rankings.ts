import type { Dataset, Observation, Source } from '@/data/schema';
import { citedSources, seriesObservations, singleFigure, yearSpan } from '@/data/observations';

export const RANKING_SERIES = ['gii', 'imd-digital'] as const;
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
