import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { numberCell, figureCell, gapCell } from '@/components/panel/table-cell';
import type { BuildContext, ContextFigure, PanelContent } from '@/components/panel/types';
import { inYearWindow } from '@/lib/view-state';
import { formatFigure, formatMultiple, formatSignedPercent } from '@/lib/format';
import { multiple } from '@/lib/derive';
import { lazyChart } from '@/components/chart/lazy-chart';
import type { StartupsData } from './select-startups';
import { useStartups } from './use-startups';

const StartupsChart = lazyChart(() => import('./startups-chart').then((m) => m.StartupsChart));

function takeaway(data: StartupsData, t: TFunction): string {
  const counted = data.rows.filter((r) => r.startups);
  const first = counted[0];
  const last = counted.at(-1);
  if (!first?.startups || !last?.startups) return t('panel.noData');
  if (first === last)
    return t('startups.takeawaySingle', {
      count: formatFigure(last.startups, 'count'),
      year: last.year,
    });
  const times = multiple(first.startups.value, last.startups.value);
  return t('startups.takeaway', {
    from: formatFigure(first.startups, 'count'),
    fromYear: first.year,
    to: formatFigure(last.startups, 'count'),
    toYear: last.year,
    multiple: times === null ? '' : formatMultiple(times),
  });
}

function context(data: StartupsData, t: TFunction): ContextFigure[] {
  const figures: ContextFigure[] = [];
  if (data.statedGrowth)
    figures.push({
      id: 'stated-growth',
      label: t('startups.statedGrowth', { year: data.statedGrowth.year }),
      value: formatSignedPercent(data.statedGrowth.value),
      detail: t('startups.statedGrowthDetail'),
    });
  const latestGrowth = data.rows.filter((r) => r.growth !== null).at(-1);
  if (latestGrowth && latestGrowth.growth !== null)
    figures.push({
      id: 'latest-growth',
      label: t('startups.latestGrowth', { year: latestGrowth.year }),
      value: formatSignedPercent(latestGrowth.growth),
      detail: t('derived.growth', { from: latestGrowth.year - 1, to: latestGrowth.year }),
    });
  if (data.nonLocalFounders)
    figures.push({
      id: 'non-local',
      label: t('startups.nonLocal'),
      value: formatFigure(data.nonLocalFounders, 'percent'),
      detail: t('context.inYear', { year: data.nonLocalFounders.year }),
    });
  return figures;
}

/** Employees as published, with any other figure reported for the year beside it. */
function employeesCell(
  figure: NonNullable<StartupsData['rows'][number]['employees']>,
  t: TFunction,
) {
  const also = figure.alternatives?.length
    ? t('table.alsoReported', {
        values: figure.alternatives.map((a) => formatFigure(a, 'people')).join(', '),
      })
    : undefined;
  const text = formatFigure(figure, 'people') + (also ? ` (${also})` : '');
  return figureCell(figure, 'people', { text, ...(also ? { note: also } : {}) });
}

function build(all: StartupsData, { t, view }: BuildContext<'from' | 'to'>): PanelContent | null {
  const rows = all.rows.filter((r) => inYearWindow(r.year, view));
  if (!rows.some((r) => r.startups || r.employees)) return null;
  const inWindow = (o: StartupsData['statedGrowth']) =>
    o && inYearWindow(o.year, view) ? o : undefined;
  const data: StartupsData = {
    ...all,
    rows,
    statedGrowth: inWindow(all.statedGrowth),
    nonLocalFounders: inWindow(all.nonLocalFounders),
  };
  return {
    takeaway: takeaway(data, t),
    chartLabel: t('startups.chartLabel'),
    chart: <StartupsChart data={data} />,
    tables: [
      {
        caption: t('startups.tableCaption'),
        columns: [
          { key: 'year', label: t('table.year') },
          { key: 'startups', label: data.labels.startups, numeric: true },
          { key: 'employees', label: data.labels.employees, numeric: true },
          { key: 'growth', label: t('startups.growthColumn'), numeric: true },
        ],
        rows: data.rows.map((row) => ({
          key: String(row.year),
          cells: [
            String(row.year),
            row.startups ? figureCell(row.startups, 'count') : gapCell(t('table.noFigure')),
            row.employees ? employeesCell(row.employees, t) : gapCell(t('table.noFigure')),
            row.growth === null
              ? '–'
              : numberCell(row.growth, 'percent', formatSignedPercent(row.growth)),
          ],
        })),
      },
    ],
    context: context(data, t),
    sources: data.sources,
    notes: [...data.notes, t('startups.growthNote')],
  };
}

export const startupsPanel = definePanel({
  id: 'startups',
  title: (t) => t('startups.title'),
  datasets: ['startups'],
  filters: ['from', 'to'],
  useData: useStartups,
  build,
});
