import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { figureCell, gapCell } from '@/components/panel/table-cell';
import type { BuildContext, PanelContent } from '@/components/panel/types';
import { inYearWindow } from '@/lib/view-state';
import { formatFigure, formatMultiple, formatRank } from '@/lib/format';
import { lazyChart } from '@/components/chart/lazy-chart';
import type { FintechData } from './select-fintech';
import { useFintech } from './use-fintech';
import { fintechNative } from './fintech-native';

const FintechChart = lazyChart(() => import('./fintech-chart').then((m) => m.FintechChart));

function takeaway(data: FintechData, t: TFunction): string {
  const latest = data.rows.filter((r) => r.count).at(-1);
  if (!latest?.count) return t('panel.noData');
  const growth = data.growthMultiple;
  return growth
    ? t('fintech.takeaway', {
        multiple: formatMultiple(growth.value),
        from: formatFigure(growth.from, 'count'),
        fromYear: growth.from.year,
        to: formatFigure(growth.to, 'count'),
        toYear: growth.to.year,
        latest: formatFigure(latest.count, 'count'),
        latestYear: latest.year,
      })
    : t('fintech.takeawayLatest', {
        latest: formatFigure(latest.count, 'count'),
        latestYear: latest.year,
      });
}

function build(all: FintechData, { t, view }: BuildContext<'from' | 'to'>): PanelContent | null {
  const rows = all.rows.filter((r) => inYearWindow(r.year, view));
  if (!rows.some((r) => r.count)) return null;
  const multiple = all.growthMultiple;
  // The 2016-2020 multiple is shown only when both of its years are in view.
  const growth =
    multiple && inYearWindow(multiple.from.year, view) && inYearWindow(multiple.to.year, view)
      ? multiple
      : null;
  const data: FintechData = { ...all, rows, growthMultiple: growth };
  return {
    takeaway: takeaway(data, t),
    chartLabel: t('fintech.chartLabel'),
    chart: <FintechChart data={data} />,
    native: fintechNative(data),
    tables: [
      {
        caption: t('fintech.tableCaption'),
        columns: [
          { key: 'year', label: t('table.year') },
          { key: 'count', label: data.label, numeric: true },
        ],
        rows: data.rows.map((row) => ({
          key: String(row.year),
          cells: [
            String(row.year),
            row.count
              ? figureCell(row.count, 'count', {
                  text:
                    formatFigure(row.count, 'count') +
                    (row.count.note ? ` (${row.count.note})` : ''),
                  ...(row.count.note ? { note: row.count.note } : {}),
                })
              : gapCell(t('table.noFigure')),
          ],
        })),
      },
    ],
    context: [
      ...(growth
        ? [
            {
              id: 'multiple',
              label: t('fintech.multiple', { from: growth.from.year, to: growth.to.year }),
              value: formatMultiple(growth.value),
              detail: t('derived.ratio', {
                to: formatFigure(growth.to, 'count'),
                from: formatFigure(growth.from, 'count'),
              }),
            },
          ]
        : []),
      {
        id: 'ecosystem-rank',
        label: t('fintech.ecosystemRank'),
        value: formatRank(data.ecosystemRank.value),
        detail: t('fintech.ecosystemRankDetail', { year: data.ecosystemRank.year }),
      },
      {
        id: 'virtual-banks',
        label: t('fintech.virtualBanks'),
        value: formatFigure(data.virtualBanks, 'count'),
      },
      {
        id: 'virtual-insurers',
        label: t('fintech.virtualInsurers'),
        value: formatFigure(data.virtualInsurers, 'count'),
      },
    ],
    sources: data.sources,
    notes: data.notes,
  };
}

export const fintechPanel = definePanel({
  id: 'fintech',
  title: (t) => t('fintech.title'),
  datasets: ['fintech'],
  filters: ['from', 'to'],
  useData: useFintech,
  build,
});
