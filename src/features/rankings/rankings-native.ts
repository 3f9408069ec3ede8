import type { TFunction } from 'i18next';
import type { NativeChart } from '@/components/panel/native-chart';
import { pointValue, RANKING_SERIES, type RankingsData } from './select-rankings';

/**
 * The ranks as a native PowerPoint line chart: rank 1 at the top, a year without a figure a gap,
 * each index in its own colour, dash and marker (as on the page).
 */
export function rankingsNative(
  data: RankingsData,
  metric: 'rank' | 'percentile',
  t: TFunction,
): NativeChart {
  return {
    type: 'line',
    categories: data.rows.map((r) => String(r.year)),
    series: data.series.map((s) => ({
      name: s.label,
      values: data.rows.map((r) => pointValue(r.ranks[s.id], metric)),
      style: RANKING_SERIES.indexOf(s.id),
    })),
    valueTitle: t(metric === 'rank' ? 'rankings.axis' : 'rankings.axisPercent'),
    reversed: true,
    format: metric === 'rank' ? '0' : '0"%"',
    min: metric === 'rank' ? 1 : 0,
  };
}
