import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { figureCell, gapCell, numberCell } from '@/components/panel/table-cell';
import type { BuildContext, PanelContent } from '@/components/panel/types';
import { formatRank } from '@/lib/format';
import { lazyChart } from '@/components/chart/lazy-chart';
import {
  filterRankings,
  pointLabel,
  pointValue,
  rankChange,
  type RankingsData,
} from './select-rankings';
import { useRankings } from './use-rankings';

const RankingsChart = lazyChart(() => import('./rankings-chart').then((m) => m.RankingsChart));

function takeaway(data: RankingsData, t: TFunction): string {
  const parts = data.series.flatMap((s) => {
    const change = rankChange(data.rows, s.id);
    if (!change) return [];
    const { first, last } = change;
    const trend = last.rank < first.rank ? 'up' : last.rank > first.rank ? 'down' : 'same';
    return [
      t(`rankings.takeawayPart.${trend}`, {
        index: s.label,
        from: formatRank(first.rank),
        fromYear: first.year,
        to: formatRank(last.rank),
        toYear: last.year,
      }),
    ];
  });
  return parts.length ? parts.join(' ') : t('panel.noData');
}

function build(all: RankingsData, { t, view }: BuildContext): PanelContent | null {
  const data = filterRankings(all, view);
  if (!data) return null;
  return {
    takeaway: takeaway(data, t),
    chartLabel: t('rankings.chartLabel'),
    chart: <RankingsChart data={data} allSeries={all.series} metric={view.metric} />,
    tables: [
      {
        caption: t('rankings.tableCaption'),
        columns: [
          { key: 'year', label: t('table.year') },
          ...data.series.map((s) => ({ key: s.id, label: s.label, numeric: true })),
        ],
        rows: data.rows.map((row) => ({
          key: String(row.year),
          cells: [
            String(row.year),
            ...data.series.map((s) => {
              const p = row.ranks[s.id];
              if (!p) return gapCell(t('table.noFigure'));
              const text = pointLabel(p, view.metric);
              const percent = view.metric === 'percentile' ? pointValue(p, 'percentile') : null;
              return percent === null
                ? figureCell({ value: p.rank, outOf: p.outOf }, 'rank', { text })
                : numberCell(percent, 'percent', text);
            }),
          ],
        })),
      },
    ],
    context: [
      {
        id: 'cluster',
        label: t('rankings.cluster'),
        value: formatRank(data.cluster.value, data.cluster.outOf),
        detail: t('rankings.clusterDetail', { year: data.cluster.year }),
      },
      {
        id: 'infrastructure',
        label: t('rankings.infrastructure'),
        value: formatRank(data.infrastructure.value, data.infrastructure.outOf),
        detail: t('rankings.infrastructureDetail', { year: data.infrastructure.year }),
      },
    ],
    sources: data.sources,
    notes: data.notes,
  };
}

export const rankingsPanel = definePanel({
  id: 'rankings',
  title: (t) => t('rankings.title'),
  datasets: ['rankings'],
  filters: ['from', 'to', 'index', 'metric'],
  wide: true,
  useData: useRankings,
  build,
});
