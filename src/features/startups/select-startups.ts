import type { Dataset, Observation, Source } from '@/data/schema';
import { citedSources, findObservation, seriesObservations, yearSpan } from '@/data/observations';
import { growthPercent } from '@/lib/derive';

export interface StartupRow {
  year: number;
  startups: Observation | null;
  employees: Observation | null;
  /** Derived: change in start-ups from the year before, where both years have a count. */
  growth: number | null;
}

export interface StartupsData {
  rows: StartupRow[];
  statedGrowth: Observation | undefined;
  nonLocalFounders: Observation | undefined;
  labels: { startups: string; employees: string };
  sources: Source[];
  notes: string[];
}

export function selectStartups(dataset: Dataset): StartupsData {
  const startups = seriesObservations(dataset, 'startups');
  const employees = seriesObservations(dataset, 'employees');
  const rows = yearSpan([...startups, ...employees]).map((year) => {
    const count = startups.find((o) => o.year === year) ?? null;
    const previous = startups.find((o) => o.year === year - 1);
    return {
      year,
      startups: count,
      employees: employees.find((o) => o.year === year) ?? null,
      growth: growthPercent(previous?.value, count?.value),
    };
  });
  const label = (id: string) => dataset.series.find((s) => s.id === id)?.label ?? id;
  return {
    rows,
    statedGrowth: findObservation(dataset, 'startups.growth.2020'),
    nonLocalFounders: seriesObservations(dataset, 'non-local-founders').at(-1),
    labels: { startups: label('startups'), employees: label('employees') },
    sources: citedSources(dataset, dataset.observations),
    notes: dataset.notes ?? [],
  };
}
