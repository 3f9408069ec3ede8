import type { NativeChart } from '@/components/panel/native-chart';
import { formatFigure } from '@/lib/format';
import type { FintechData } from './select-fintech';

/**
 * Fintech start-ups by year as a native column chart; a year without a count stays empty. A
 * hedged figure ("over 600") says so under its year, since a chart's number cannot.
 */
export function fintechNative(data: FintechData): NativeChart {
  return {
    type: 'column',
    categories: data.rows.map((r) =>
      r.count?.qualifier ? `${r.year} (${formatFigure(r.count, 'count')})` : String(r.year),
    ),
    // The page draws these bars in the third series colour.
    series: [{ name: data.label, values: data.rows.map((r) => r.count?.value ?? null), style: 2 }],
    valueTitle: data.label,
    format: '#,##0',
    min: 0,
  };
}
