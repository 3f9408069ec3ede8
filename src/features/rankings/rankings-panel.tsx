import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { figureCell, gapCell, numberCell } from '@/components/panel/table-cell';
import type { BuildContext, PanelContent } from '@/components/panel/types';
import { formatRank } from '@/lib/format';
import { inYearWindow } from '@/lib/view-state';
import type { Observation } from '@/data/schema';
import { lazyChart } from '@/components/chart/lazy-chart';
import {
  comparisonSeries,
  filterRankings,
  pointLabel,
  pointValue,
  rankChange,
  standingAmongChosen,
  type ComparisonSeries,
  type RankingsData,
} from './select-rankings';
import { RankingsControls } from './rankings-controls';
import { useRankings } from './use-rankings';
import { rankingsNative } from './rankings-native';

const RankingsChart = lazyChart(() => import('./rankings-chart').then((m) => m.RankingsChart));

/** Where Hong Kong stands among the economies chosen, per index shown. */
function comparisonTakeaway(data: RankingsData, lines: ComparisonSeries[], t: TFunction): string[] {
  return data.series.flatMap((s) => {
    const standing = standingAmongChosen(
      data.rows,
      lines.filter((l) => l.index === s.id),
    );
    return standing
      ? [
          t('rankings.takeawayCompare', {
            position: standing.position,
            count: standing.count,
            index: s.label,
            year: standing.year,
          }),
        ]
      : [];
  });
}

/** The cluster's earlier ranks in runs: "2020–2024: #2". */
function clusterHistory(history: Observation[], latest: Observation): string {
  const runs: Array<{ from: number; to: number; rank: number }> = [];
  for (const o of history) {
    if (o === latest || o.year === undefined) continue;
    const last = runs.at(-1);
    if (last && last.rank === o.value && last.to === o.year - 1) last.to = o.year;
    else runs.push({ from: o.year, to: o.year, rank: o.value });
  }
  return runs
    .map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`}: ${formatRank(r.rank)}`)
    .join('; ');
}

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

function build(
  all: RankingsData,
  { t, view }: BuildContext<'from' | 'to' | 'index' | 'metric' | 'compare'>,
): PanelContent | null {
  const data = filterRankings(all, view);
  if (!data) return null;
  const lines = comparisonSeries(data, view.compare, t('rankings.hongKong'));
  const comparing = lines.some((l) => l.emphasis === 'peer');
  const parts = [takeaway(data, t), ...(comparing ? comparisonTakeaway(data, lines, t) : [])];
  return {
    takeaway: parts.join(' '),
    chartLabel: t('rankings.chartLabel'),
    chart: <RankingsChart data={data} allSeries={all.series} metric={view.metric} lines={lines} />,
    controls: all.economies.length ? <RankingsControls economies={all.economies} /> : undefined,
    native: rankingsNative(data, lines, view.metric, t),
    tables: [
      {
        caption: t(comparing ? 'rankings.tableCaptionCompare' : 'rankings.tableCaption'),
        columns: [
          { key: 'year', label: t('table.year') },
          ...lines.map((l) => ({
            key: l.key,
            label: comparing
              ? t('rankings.peerColumn', { economy: l.economyLabel, index: l.indexLabel })
              : l.indexLabel,
            numeric: true,
          })),
        ],
        rows: data.rows.map((row) => ({
          key: String(row.year),
          cells: [
            String(row.year),
            ...lines.map((l) => {
              const p = l.point(row);
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
        detail: [
          t('rankings.clusterDetail', { year: data.cluster.year }),
          clusterHistory(
            data.clusterHistory.filter((o) => inYearWindow(o.year, view)),
            data.cluster,
          ),
        ]
          .filter(Boolean)
          .join('; '),
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
  filters: ['from', 'to', 'index', 'metric', 'compare'],
  wide: true,
  useData: useRankings,
  build,
});
