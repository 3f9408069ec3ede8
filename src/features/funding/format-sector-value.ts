import { formatNumber, formatPercent } from '@/lib/format';
import type { SectorShare } from './select-funding';

export type FundingMetric = 'share' | 'projects';

/** A sector's bar label and takeaway figure: its share, or its derived project count. */
export function formatSectorValue(sector: SectorShare, metric: FundingMetric): string {
  return metric === 'share'
    ? formatPercent(sector.share.value)
    : `≈${formatNumber(sector.projects, 0)}`;
}
