import type { Dataset, Observation, Source, Unit } from '@/data/schema';
import { citedSources } from '@/data/observations';
import { multiple } from '@/lib/derive';

/** A dataset figure with its series label and unit. */
export interface FigureLine {
  series: string;
  label: string;
  unit: Unit;
  figure: Observation;
}

export interface TalentData {
  /** Programme head-counts (positions, trainees, places), largest first. */
  programmes: FigureLine[];
  /** Derived: the largest programme over the smallest. */
  spread: { largest: FigureLine; smallest: FigureLine; multiple: number } | null;
  /** Every other figure, in the dataset's order. */
  lines: FigureLine[];
  sources: Source[];
  notes: string[];
}

/** Head-counts of people or places: the same kind of quantity, so one bar scale fits them. */
const PROGRAMME_SERIES = ['research-talent-hub-positions', 'rttp-employees', 'gba-yes-places'];

/**
 * Figures another dataset holds that this panel shows too, by reference (one observation per
 * figure): the share of start-ups founded by non-locals, from Start-up growth.
 */
const REFERENCED = { startups: ['non-local-founders'] } as const;

function linesOf(dataset: Dataset, only?: readonly string[]): FigureLine[] {
  return dataset.observations.flatMap((figure) => {
    const series = dataset.series.find((s) => s.id === figure.series);
    if (!series || (only && !only.includes(series.id))) return [];
    return [{ series: series.id, label: series.label, unit: series.unit, figure }];
  });
}

/** `startups` undefined: that dataset could not be loaded; its figure is left out. */
export function selectTalent(dataset: Dataset, startups?: Dataset): TalentData {
  const referenced = startups ? linesOf(startups, REFERENCED.startups) : [];
  const all = [...linesOf(dataset), ...referenced];
  const programmes = all
    .filter((l) => PROGRAMME_SERIES.includes(l.series))
    .sort((a, b) => b.figure.value - a.figure.value);
  const largest = programmes[0];
  const smallest = programmes.at(-1);
  const times =
    largest && smallest && largest !== smallest
      ? multiple(smallest.figure.value, largest.figure.value)
      : null;
  return {
    programmes,
    spread: largest && smallest && times !== null ? { largest, smallest, multiple: times } : null,
    lines: all.filter((l) => !PROGRAMME_SERIES.includes(l.series)),
    sources: [
      ...citedSources(dataset, dataset.observations),
      ...(startups
        ? citedSources(
            startups,
            referenced.map((l) => l.figure),
          )
        : []),
    ].filter((source, i, list) => list.findIndex((s) => s.id === source.id) === i),
    notes: dataset.notes ?? [],
  };
}
