import type { TFunction } from 'i18next';
import type { NativeChart } from '@/components/panel/native-chart';
import {
  pointValue,
  RANKING_SERIES,
  type ComparisonSeries,
  type RankingsData,
} from './select-rankings';

/**
 * The ranks as a native PowerPoint line chart: rank 1 at the top, a year without a figure a gap,
 * each index in its own colour, dash and marker (as on the page). A peer chosen with "Compare
 * with" is a thinner dotted line in its index's colour, with its own marker and name.
 */
export function rankingsNative(
  data: RankingsData,
  lines: readonly ComparisonSeries[],
  metric: 'rank' | 'percentile',
  t: TFunction,
): NativeChart {
  const comparing = lines.some((l) => l.emphasis === 'peer');
  return {
    type: 'line',
    categories: data.rows.map((r) => String(r.year)),
    series: lines.map((l) => ({
      name: comparing
        ? t('rankings.peerColumn', { economy: l.economyLabel, index: l.indexLabel })
        : l.indexLabel,
      values: data.rows.map((r) => pointValue(l.point(r), metric)),
      style: RANKING_SERIES.indexOf(l.index),
      ...(l.emphasis === 'peer' ? { peer: { marker: l.marker } } : {}),
    })),
    valueTitle: t(metric === 'rank' ? 'rankings.axis' : 'rankings.axisPercent'),
    reversed: true,
    format: metric === 'rank' ? '0' : '0"%"',
    min: metric === 'rank' ? 1 : 0,
  };
}
