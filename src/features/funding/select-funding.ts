import type { Dataset, Observation, Source, Unit } from '@/data/schema';
import { citedSources, seriesObservations, singleFigure } from '@/data/observations';
import { shareToCount } from '@/lib/derive';

export interface SectorShare {
  id: string;
  label: string;
  share: Observation;
  /** Derived: share × total projects, rounded. */
  projects: number;
}

export interface FundingLine {
  id: string;
  label: string;
  figure: Observation;
  unit: Unit;
}

export interface FundingData {
  projects: Observation;
  approved: Observation;
  sectors: SectorShare[];
  lines: FundingLine[];
  sources: Source[];
  notes: string[];
}

/** The funding lines the article names besides the ITF totals, in reading order. */
const FUNDING_LINES = [
  'government-allocation',
  'itf-initial',
  'itf-schemes',
  'venture-fund',
  'tsssu-per-university',
  'tsssu-universities',
  'tsssu-per-startup',
  'tsssu-years',
  'tsssu-launched',
] as const;

export function selectFunding(dataset: Dataset): FundingData {
  const projects = singleFigure(dataset, 'itf-projects');
  const label = (id: string) => dataset.series.find((s) => s.id === id);
  const categoryLabel = (id: string) => dataset.categories?.find((c) => c.id === id)?.label ?? id;
  const sectors = seriesObservations(dataset, 'itf-sector-share')
    .filter((o) => o.category !== undefined)
    .map((share) => ({
      id: share.category ?? share.id,
      label: categoryLabel(share.category ?? share.id),
      share,
      projects: shareToCount(share.value, projects.value),
    }))
    // Named sectors by size; "other sectors" (a remainder) always last.
    .sort(
      (a, b) =>
        Number(a.share.derived !== undefined) - Number(b.share.derived !== undefined) ||
        b.share.value - a.share.value,
    );
  const lines = FUNDING_LINES.flatMap((id) => {
    const series = label(id);
    const figure = seriesObservations(dataset, id)[0];
    return series && figure ? [{ id, label: series.label, figure, unit: series.unit }] : [];
  });
  return {
    projects,
    approved: singleFigure(dataset, 'itf-approved'),
    sectors,
    lines,
    sources: citedSources(dataset, dataset.observations),
    notes: dataset.notes ?? [],
  };
}
