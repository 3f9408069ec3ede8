import type { TFunction } from 'i18next';
import type { NativeChart } from '@/components/panel/native-chart';
import type { FundingData } from './select-funding';

/**
 * The sectors as a native bar chart, as a share or as the derived count of projects. A derived
 * bar (hatched on the page) says so in its label, since a native chart has no hatching.
 */
export function fundingNative(
  data: FundingData,
  metric: 'share' | 'projects',
  t: TFunction,
): NativeChart {
  const derived = (isDerived: boolean) => (isDerived ? ` (${t('derived.label')})` : '');
  return {
    type: 'bar',
    categories: data.sectors.map(
      (s) => `${s.label}${derived(metric === 'projects' || Boolean(s.share.derived))}`,
    ),
    series: [
      {
        name: t(`funding.metric.${metric}`),
        values: data.sectors.map((s) => (metric === 'share' ? s.share.value : s.projects)),
        style: 0,
      },
    ],
    valueTitle: t(`funding.metric.${metric}`),
    format: metric === 'share' ? '0.0"%"' : '#,##0',
    min: 0,
  };
}
