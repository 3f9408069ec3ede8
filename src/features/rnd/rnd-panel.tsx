import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { figureCell, gapCell } from '@/components/panel/table-cell';
import type { BuildContext, ContextFigure, PanelContent } from '@/components/panel/types';
import { formatFigure } from '@/lib/format';
import { lazyChart } from '@/components/chart/lazy-chart';
import { filterRnd, firstAndLatest, spansMethodChange, type RndData } from './select-rnd';
import { useRnd } from './use-rnd';

const RndChart = lazyChart(() => import('./rnd-chart').then((m) => m.RndChart));

function takeaway(data: RndData, t: TFunction): string {
  const ends = firstAndLatest(data.rows);
  if (!ends) return t('panel.noData');
  const { first, last } = ends;
  const values = {
    from: formatFigure(first.figure, 'percent'),
    fromYear: first.year,
    to: formatFigure(last.figure, 'percent'),
    toYear: last.year,
  };
  const trend =
    first === last
      ? t('rnd.trend.single', values)
      : last.figure.value > first.figure.value
        ? t('rnd.trend.up', values)
        : last.figure.value < first.figure.value
          ? t('rnd.trend.down', values)
          : t('rnd.trend.same', values);
  const target = formatFigure(data.target, 'percent');
  const options = {
    trend,
    year: data.methodChangeYear,
    target:
      last.figure.value < data.target.value
        ? t('rnd.belowTarget', { target })
        : t('rnd.reachedTarget', { target }),
  };
  // A change measured across the method change is not like for like: the takeaway says so.
  return spansMethodChange(data.rows)
    ? t('rnd.takeawayAcrossMethod', options)
    : t('rnd.takeaway', options);
}

function context(data: RndData, t: TFunction): ContextFigure[] {
  const latest = firstAndLatest(data.rows)?.last;
  return [
    {
      id: 'baseline',
      label: t('rnd.baseline'),
      value: formatFigure(data.baseline, 'percent'),
      detail: t('rnd.baselineDetail'),
    },
    {
      id: 'target',
      label: t('rnd.target'),
      value: formatFigure(data.target, 'percent'),
      detail: t('rnd.targetDetail'),
    },
    ...(latest
      ? [
          {
            id: 'latest',
            label: t('rnd.latest'),
            value: formatFigure(latest.figure, 'percent'),
            detail: t('context.inYear', { year: latest.year }),
          },
        ]
      : []),
  ];
}

function build(all: RndData, { t, view }: BuildContext<'from' | 'to'>): PanelContent | null {
  const data = filterRnd(all, view);
  if (!data) return null;
  const year = data.methodChangeYear;
  return {
    takeaway: takeaway(data, t),
    chartLabel: t('rnd.chartLabel'),
    chart: <RndChart data={data} />,
    tables: [
      {
        caption: t('rnd.tableCaption'),
        columns: [
          { key: 'year', label: t('table.year') },
          { key: 'value', label: t('rnd.valueColumn'), numeric: true },
          { key: 'method', label: t('rnd.methodColumn') },
        ],
        rows: data.rows.map((row) => ({
          key: String(row.year),
          cells: [
            String(row.year),
            row.figure ? figureCell(row.figure, 'percent') : gapCell(t('table.noFigure')),
            t(row.method === 'earlier' ? 'rnd.methodEarlier' : 'rnd.methodCurrent', { year }),
          ],
        })),
      },
      {
        caption: t('rnd.policyCaption'),
        columns: [
          { key: 'measure', label: t('rnd.measureColumn') },
          { key: 'value', label: t('rnd.valueColumn'), numeric: true },
        ],
        rows: [
          {
            key: 'baseline',
            cells: [data.labels.baseline, figureCell(data.baseline, 'percent')],
          },
          { key: 'target', cells: [data.labels.target, figureCell(data.target, 'percent')] },
        ],
      },
    ],
    context: context(data, t),
    sources: data.sources,
    notes: data.notes,
  };
}

export const rndPanel = definePanel({
  id: 'rnd',
  title: (t) => t('rnd.title'),
  datasets: ['rnd'],
  filters: ['from', 'to'],
  useData: useRnd,
  build,
});
