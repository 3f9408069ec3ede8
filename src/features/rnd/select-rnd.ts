import type { Dataset, Observation, Source } from '@/data/schema';
import { citedSources, seriesObservations, singleFigure, yearSpan } from '@/data/observations';
import { inYearWindow, type ViewState } from '@/lib/view-state';

/**
 * C&SD changed how it compiles R&D expenditure from this year (its note in rnd.json), so the
 * years before are drawn and tabled as a separate, not directly comparable, part of the series.
 */
export const METHOD_CHANGE_YEAR = 2018;

export interface RndRow {
  year: number;
  /** `null` where C&SD has no figure for the year: a gap, never interpolated. */
  figure: Observation | null;
  method: 'earlier' | 'current';
}

export interface RndData {
  rows: RndRow[];
  /** As stated in the article (2017 Policy Address), on an older GDP basis. */
  baseline: Observation;
  target: Observation;
  labels: { csd: string; baseline: string; target: string };
  methodChangeYear: number;
  /** Every source the dataset cites, primary first; a view shows those its figures cite. */
  sources: Source[];
  notes: string[];
}

export function selectRnd(dataset: Dataset): RndData {
  const csd = seriesObservations(dataset, 'gerd-csd');
  const label = (id: string) => dataset.series.find((s) => s.id === id)?.label ?? id;
  return {
    rows: yearSpan(csd).map((year) => ({
      year,
      figure: csd.find((o) => o.year === year) ?? null,
      method: year < METHOD_CHANGE_YEAR ? 'earlier' : 'current',
    })),
    baseline: singleFigure(dataset, 'gerd-baseline'),
    target: singleFigure(dataset, 'gerd-target'),
    labels: {
      csd: label('gerd-csd'),
      baseline: label('gerd-baseline'),
      target: label('gerd-target'),
    },
    methodChangeYear: METHOD_CHANGE_YEAR,
    sources: citedSources(dataset, dataset.observations),
    notes: dataset.notes ?? [],
  };
}

/** The years the view asks for; null when no C&SD figure falls in them. */
export function filterRnd(data: RndData, view: Pick<ViewState, 'from' | 'to'>): RndData | null {
  const rows = data.rows.filter((r) => inYearWindow(r.year, view));
  if (!rows.some((r) => r.figure)) return null;
  const shown = [data.baseline, data.target, ...rows.flatMap((r) => (r.figure ? [r.figure] : []))];
  const cited = new Set(
    shown.flatMap((o) => [o.sourceId, ...(o.alternatives?.map((a) => a.sourceId) ?? [])]),
  );
  return { ...data, rows, sources: data.sources.filter((s) => cited.has(s.id)) };
}

/** First and latest C&SD figure shown, for the takeaway. */
export function firstAndLatest(rows: readonly RndRow[]) {
  const points = rows.flatMap((r) => (r.figure ? [{ year: r.year, figure: r.figure }] : []));
  const first = points[0];
  const last = points.at(-1);
  return first && last ? { first, last } : undefined;
}

/** True when the rows shown have figures on both sides of the method change. */
export function spansMethodChange(rows: readonly RndRow[]): boolean {
  const methods = new Set(rows.filter((r) => r.figure).map((r) => r.method));
  return methods.size > 1;
}
