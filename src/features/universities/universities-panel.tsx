import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { gapCell, numberCell } from '@/components/panel/table-cell';
import type { BuildContext, ContextFigure, PanelContent } from '@/components/panel/types';
import { formatNumber } from '@/lib/format';
import { lazyChart } from '@/components/chart/lazy-chart';
import { UniversitiesControls } from './universities-controls';
import {
  bestPlacing,
  filterUniversities,
  rankOf,
  subjectCount,
  type UniversitiesData,
} from './select-universities';
import { useUniversities } from './use-universities';

const UniversitiesChart = lazyChart(() =>
  import('./universities-chart').then((m) => m.UniversitiesChart),
);

const labelOf = (items: UniversitiesData['subjects'], id: string) =>
  items.find((i) => i.id === id)?.label ?? id;

function takeaway(data: UniversitiesData, t: TFunction): string {
  const best = bestPlacing(data.placings);
  if (!best) return t('panel.noData');
  const placings = data.placings.length;
  const subjects = subjectCount(data.placings);
  return t('universities.takeaway', {
    university: labelOf(data.universities, best.university),
    rank: t('universities.ordinal', {
      count: best.rank,
      ordinal: true,
      rank: formatNumber(best.rank, 0),
    }),
    subject: labelOf(data.subjects, best.subject),
    placings: t('universities.placings', { count: placings, value: formatNumber(placings, 0) }),
    subjects: t('universities.subjects', { count: subjects, value: formatNumber(subjects, 0) }),
  });
}

/** Per university: in how many of the subjects shown it is in the top 100, and its best rank. */
function context(data: UniversitiesData, t: TFunction): ContextFigure[] {
  return data.universities.flatMap((u) => {
    const own = data.placings.filter((p) => p.university === u.id);
    const best = bestPlacing(own);
    if (!best) return [];
    return [
      {
        id: `placings-${u.id}`,
        label: u.label,
        value: t('universities.ofSubjects', {
          count: formatNumber(own.length, 0),
          total: formatNumber(data.subjects.length, 0),
        }),
        detail: t('universities.placingsDetail', { rank: formatNumber(best.rank, 0) }),
      },
    ];
  });
}

function build(
  all: UniversitiesData,
  { t, view }: BuildContext<'subject' | 'university'>,
): PanelContent | null {
  const selection = filterUniversities(all, view);
  if (!selection) return null;
  const { data, subject, university } = selection;
  return {
    takeaway: takeaway(data, t),
    chartLabel: t('universities.chartLabel', { year: data.year }),
    controls: (
      <UniversitiesControls
        subjects={all.subjects}
        universities={all.universities}
        subject={subject}
        university={university}
      />
    ),
    chart: (
      <UniversitiesChart data={data} allUniversities={all.universities} selected={university} />
    ),
    tables: [
      {
        caption: t('universities.tableCaption', { year: data.year }),
        columns: [
          { key: 'subject', label: t('universities.subject') },
          ...data.universities.map((u) => ({ key: u.id, label: u.label, numeric: true })),
        ],
        rows: data.subjects.map((s) => ({
          key: s.id,
          cells: [
            s.label,
            ...data.universities.map((u) => {
              const rank = rankOf(data, s.id, u.id);
              return rank === undefined
                ? gapCell(t('universities.notInTop'))
                : numberCell(rank, null, formatNumber(rank, 0));
            }),
          ],
        })),
      },
    ],
    context: context(data, t),
    sources: data.sources,
    notes: data.notes,
  };
}

export const universitiesPanel = definePanel({
  id: 'universities',
  title: (t) => t('universities.title'),
  datasets: ['universities'],
  filters: ['subject', 'university'],
  useData: useUniversities,
  build,
});
