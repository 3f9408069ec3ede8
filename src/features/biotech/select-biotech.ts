import type { Dataset, Observation, Source, Unit } from '@/data/schema';
import { citedSources, singleFigure } from '@/data/observations';

/** A dataset figure with its series label and unit. */
export interface FigureLine {
  series: string;
  label: string;
  unit: Unit;
  figure: Observation;
}

interface Pair<T> {
  listings: T;
  funds: T;
}

/** Healthcare listings in one year, split into pre-revenue companies and the rest. */
export interface ListingSplit {
  year: number | undefined;
  total: Pair<Observation>;
  preRevenue: Pair<Observation>;
  /** Derived: total minus pre-revenue. */
  others: Pair<number>;
  /** Derived: pre-revenue as a percentage of the total. */
  share: Pair<number>;
  labels: { total: string; preRevenue: string; totalFunds: string };
}

export interface BiotechData {
  split: ListingSplit;
  /** Every other figure, in the dataset's order. */
  lines: FigureLine[];
  sources: Source[];
  notes: string[];
}

const SPLIT_SERIES = [
  'healthcare-listings',
  'healthcare-ipo-funds',
  'pre-revenue-listings',
  'pre-revenue-ipo-funds',
];

/** The part of a total that is not `part`; a part larger than its total is bad data, not a chart. */
function remainder(dataset: Dataset, total: Observation, part: Observation): number {
  if (part.value > total.value || total.value === 0)
    throw new Error(`${dataset.id}: "${part.id}" does not fit within "${total.id}"`);
  return total.value - part.value;
}

export function selectBiotech(dataset: Dataset): BiotechData {
  const label = (id: string) => dataset.series.find((s) => s.id === id)?.label ?? id;
  const total = {
    listings: singleFigure(dataset, 'healthcare-listings'),
    funds: singleFigure(dataset, 'healthcare-ipo-funds'),
  };
  const preRevenue = {
    listings: singleFigure(dataset, 'pre-revenue-listings'),
    funds: singleFigure(dataset, 'pre-revenue-ipo-funds'),
  };
  const others = {
    listings: remainder(dataset, total.listings, preRevenue.listings),
    funds: remainder(dataset, total.funds, preRevenue.funds),
  };
  const lines = dataset.observations.flatMap((figure) => {
    const series = dataset.series.find((s) => s.id === figure.series);
    return series && !SPLIT_SERIES.includes(series.id)
      ? [{ series: series.id, label: series.label, unit: series.unit, figure }]
      : [];
  });
  return {
    split: {
      year: total.listings.year,
      total,
      preRevenue,
      others,
      share: {
        listings: (preRevenue.listings.value / total.listings.value) * 100,
        funds: (preRevenue.funds.value / total.funds.value) * 100,
      },
      labels: {
        total: label('healthcare-listings'),
        preRevenue: label('pre-revenue-listings'),
        totalFunds: label('healthcare-ipo-funds'),
      },
    },
    lines,
    sources: citedSources(dataset, dataset.observations),
    notes: dataset.notes ?? [],
  };
}
