import type { Dataset, Observation, Source } from '@/data/schema';
import { citedSources } from '@/data/observations';
import type { ViewState } from '@/lib/view-state';

export interface Named {
  id: string;
  label: string;
}

/** One table cell of the article: a university's world rank in a subject's top 100. */
export interface Placing {
  subject: string;
  university: string;
  rank: number;
  observation: Observation;
}

export interface UniversitiesData {
  /** The ranking edition (QS by Subject), from the observations' year. */
  year: number | undefined;
  /** In the article's order (series order). */
  subjects: Named[];
  /** In the article's order (category order). */
  universities: Named[];
  placings: Placing[];
  sources: Source[];
  notes: string[];
}

export function selectUniversities(dataset: Dataset): UniversitiesData {
  const subjects = dataset.series.map(({ id, label }) => ({ id, label }));
  const universities = (dataset.categories ?? []).map(({ id, label }) => ({ id, label }));
  const placings = dataset.observations.flatMap((o) =>
    o.category === undefined
      ? []
      : [{ subject: o.series, university: o.category, rank: o.value, observation: o }],
  );
  const years = placings.flatMap((p) =>
    p.observation.year === undefined ? [] : [p.observation.year],
  );
  return {
    year: years.length ? Math.max(...years) : undefined,
    subjects,
    universities,
    placings,
    sources: citedSources(dataset, dataset.observations),
    notes: dataset.notes ?? [],
  };
}

export interface UniversitiesSelection {
  data: UniversitiesData;
  /** The filters in effect: null where the URL had none or an id the data does not know. */
  subject: string | null;
  university: string | null;
}

/** The subject and university the view asks for; null when that leaves no placing. */
export function filterUniversities(
  all: UniversitiesData,
  view: Pick<ViewState, 'subject' | 'university'>,
): UniversitiesSelection | null {
  // An unknown id in the URL is ignored rather than emptying the panel.
  const subject = all.subjects.some((s) => s.id === view.subject) ? view.subject : null;
  const university = all.universities.some((u) => u.id === view.university)
    ? view.university
    : null;
  const placings = all.placings.filter(
    (p) =>
      (subject === null || p.subject === subject) &&
      (university === null || p.university === university),
  );
  if (placings.length === 0) return null;
  return {
    data: {
      ...all,
      subjects: all.subjects.filter((s) => subject === null || s.id === subject),
      universities: all.universities.filter((u) => university === null || u.id === university),
      placings,
    },
    subject,
    university,
  };
}

export function rankOf(data: UniversitiesData, subject: string, university: string) {
  return data.placings.find((p) => p.subject === subject && p.university === university)?.rank;
}

/** The best (lowest) rank; ties go to the earlier subject and university in the article. */
export function bestPlacing(placings: readonly Placing[]): Placing | undefined {
  return placings.reduce<Placing | undefined>(
    (best, p) => (best === undefined || p.rank < best.rank ? p : best),
    undefined,
  );
}

/** How many subjects have at least one of the placings. */
export function subjectCount(placings: readonly Placing[]): number {
  return new Set(placings.map((p) => p.subject)).size;
}
