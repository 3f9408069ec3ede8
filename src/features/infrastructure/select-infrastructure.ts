import type { Dataset, Observation, Source, Unit } from '@/data/schema';
import { citedSources, seriesObservations } from '@/data/observations';
import { multiple } from '@/lib/derive';

/** A project adding I&T floor space, with its area in m² as published. */
export interface FloorArea {
  id: string;
  label: string;
  figure: Observation;
}

/** Any other single figure of the dataset, with its series label and unit. */
export interface FigureLine {
  series: string;
  label: string;
  unit: Unit;
  figure: Observation;
}

export interface InfrastructureData {
  /** Largest first. */
  floorAreas: FloorArea[];
  /** Derived: the largest project against the sum of the others. */
  largest: { area: FloorArea; othersTotal: number; othersCount: number; multiple: number } | null;
  lines: FigureLine[];
  sources: Source[];
  notes: string[];
}

/** The series whose figures are floor areas in m², compared in the chart. */
const FLOOR_AREA_SERIES = ['floor-area', 'loop-gross-area'];

export function selectInfrastructure(dataset: Dataset): InfrastructureData {
  const seriesOf = (id: string) => dataset.series.find((s) => s.id === id);
  const categoryLabel = (id: string | undefined) =>
    dataset.categories?.find((c) => c.id === id)?.label;
  const floorAreas = FLOOR_AREA_SERIES.flatMap((series) =>
    seriesObservations(dataset, series).map((figure) => ({
      id: figure.category ?? figure.series,
      // Categorised areas are named by project; the Loop park's series label names it.
      label: categoryLabel(figure.category) ?? seriesOf(series)?.label ?? series,
      figure,
    })),
  ).sort((a, b) => b.figure.value - a.figure.value);

  const [first, ...others] = floorAreas;
  const othersTotal = others.reduce((sum, area) => sum + area.figure.value, 0);
  const times = first && others.length ? multiple(othersTotal, first.figure.value) : null;

  const lines = dataset.observations
    .filter((o) => !FLOOR_AREA_SERIES.includes(o.series))
    .flatMap((figure) => {
      const series = seriesOf(figure.series);
      return series ? [{ series: series.id, label: series.label, unit: series.unit, figure }] : [];
    });

  return {
    floorAreas,
    largest:
      first && times !== null
        ? { area: first, othersTotal, othersCount: others.length, multiple: times }
        : null,
    lines,
    sources: citedSources(dataset, dataset.observations),
    notes: dataset.notes ?? [],
  };
}
