import type { Dataset, Observation, Source } from '@/data/schema';
import {
  citedSources,
  findObservation,
  seriesObservations,
  singleFigure,
  yearSpan,
} from '@/data/observations';
import { multiple } from '@/lib/derive';

export interface FintechRow {
  year: number;
  count: Observation | null;
}

export interface FintechData {
  label: string;
  rows: FintechRow[];
  /** Derived: the article's 2020 count over its 2016 count ("more than tripled"). */
  growthMultiple: { value: number; from: Observation; to: Observation } | null;
  ecosystemRank: Observation;
  virtualBanks: Observation;
  virtualInsurers: Observation;
  sources: Source[];
  notes: string[];
}

export function selectFintech(dataset: Dataset): FintechData {
  const counts = seriesObservations(dataset, 'fintech-startups');
  const from = findObservation(dataset, 'fintech.fintech-startups.2016');
  const to = findObservation(dataset, 'fintech.fintech-startups.2020');
  const times = from && to ? multiple(from.value, to.value) : null;
  return {
    label: dataset.series.find((s) => s.id === 'fintech-startups')?.label ?? 'fintech-startups',
    rows: yearSpan(counts).map((year) => ({
      year,
      count: counts.find((o) => o.year === year) ?? null,
    })),
    growthMultiple: from && to && times !== null ? { value: times, from, to } : null,
    ecosystemRank: singleFigure(dataset, 'startup-genome-rank'),
    virtualBanks: singleFigure(dataset, 'virtual-banks'),
    virtualInsurers: singleFigure(dataset, 'virtual-insurers'),
    sources: citedSources(dataset, dataset.observations),
    notes: dataset.notes ?? [],
  };
}
