import type { Dataset, Observation, Source } from './schema';

/** Small lookups over a validated dataset, shared by every panel's `select`. */

export function findObservation(dataset: Dataset, id: string): Observation | undefined {
  return dataset.observations.find((o) => o.id === id);
}

export function requireObservation(dataset: Dataset, id: string): Observation {
  const found = findObservation(dataset, id);
  if (!found) throw new Error(`${dataset.id}: missing figure "${id}"`);
  return found;
}

export function seriesObservations(dataset: Dataset, seriesId: string): Observation[] {
  return dataset.observations
    .filter((o) => o.series === seriesId)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

/** The single undated (or only) figure of a series, e.g. "virtual banks licensed". */
export function singleFigure(dataset: Dataset, seriesId: string): Observation {
  const [first] = seriesObservations(dataset, seriesId);
  if (!first) throw new Error(`${dataset.id}: no figure for series "${seriesId}"`);
  return first;
}

/** Every year from the first to the last observed one: missing years stay as gaps. */
export function yearSpan(observations: readonly Observation[]): number[] {
  const years = observations.flatMap((o) => (o.year === undefined ? [] : [o.year]));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function sourceOf(dataset: Dataset, sourceId: string): Source | undefined {
  return dataset.sources.find((s) => s.id === sourceId);
}

/** Sources actually cited by the given observations, primary first. */
export function citedSources(dataset: Dataset, observations: readonly Observation[]): Source[] {
  const ids = new Set(
    observations.flatMap((o) => [
      o.sourceId,
      ...(o.outOfSourceId ? [o.outOfSourceId] : []),
      ...(o.alternatives?.map((a) => a.sourceId) ?? []),
    ]),
  );
  return dataset.sources
    .filter((s) => ids.has(s.id))
    .sort((a, b) => (a.sourceType === b.sourceType ? 0 : a.sourceType === 'primary' ? -1 : 1));
}
