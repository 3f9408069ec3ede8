import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { numberCell, figureCell } from '@/components/panel/table-cell';
import type { BuildContext, PanelContent } from '@/components/panel/types';
import { formatFigure, formatNumber, formatPercent } from '@/lib/format';
import { lazyChart } from '@/components/chart/lazy-chart';
import { formatSectorValue } from './format-sector-value';
import { FundingControls } from './funding-controls';
import type { FundingData } from './select-funding';
import { useFunding } from './use-funding';
import { fundingNative } from './funding-native';

const FundingChart = lazyChart(() => import('./funding-chart').then((m) => m.FundingChart));

function takeaway(data: FundingData, t: TFunction, sectorId: string | null): string {
  const focus = data.sectors.find((s) => s.id === sectorId);
  if (focus)
    return t('funding.takeawaySector', {
      sector: focus.label,
      share: formatPercent(focus.share.value),
      count: formatSectorValue(focus, 'projects'),
      projects: formatFigure(data.projects, 'count'),
    });
  const [largest] = data.sectors.filter((s) => s.share.derived === undefined);
  return t('funding.takeaway', {
    projects: formatFigure(data.projects, 'count'),
    amount: formatFigure(data.approved, 'hkd'),
    sector: largest?.label ?? '',
    share: largest ? formatPercent(largest.share.value) : '',
  });
}

function build(
  data: FundingData,
  { t, view }: BuildContext<'sector' | 'count'>,
): PanelContent | null {
  // An unknown sector in the URL is ignored rather than emptying the panel.
  const sector = data.sectors.some((s) => s.id === view.sector) ? view.sector : null;
  const tableSectors = sector ? data.sectors.filter((s) => s.id === sector) : data.sectors;
  return {
    takeaway: takeaway(data, t, sector),
    chartLabel: t('funding.chartLabel'),
    controls: <FundingControls sectors={data.sectors} />,
    chart: <FundingChart sectors={data.sectors} metric={view.count} selected={sector} />,
    native: fundingNative(data, view.count, t),
    tables: [
      {
        caption: t('funding.tableCaption', { year: data.projects.year }),
        columns: [
          { key: 'sector', label: t('funding.sector') },
          { key: 'share', label: t('funding.metric.share'), numeric: true },
          { key: 'projects', label: t('funding.metric.projects'), numeric: true },
        ],
        rows: tableSectors.map((s) => ({
          key: s.id,
          cells: [
            s.label,
            figureCell(s.share, 'percent', {
              text:
                formatPercent(s.share.value) + (s.share.derived ? ` (${t('derived.label')})` : ''),
              ...(s.share.derived ? { note: t('derived.label') } : {}),
            }),
            // Its column's name says it is derived.
            numberCell(s.projects, null, `≈${formatNumber(s.projects, 0)}`, 'about'),
          ],
        })),
      },
      {
        caption: t('funding.linesCaption'),
        columns: [
          { key: 'line', label: t('funding.line') },
          { key: 'figure', label: t('funding.figure'), numeric: true },
        ],
        rows: [
          { key: 'projects', cells: [t('funding.projects'), figureCell(data.projects, 'count')] },
          { key: 'approved', cells: [t('funding.approved'), figureCell(data.approved, 'hkd')] },
          ...data.lines.map((line) => ({
            key: line.id,
            cells: [line.label, figureCell(line.figure, line.unit)],
          })),
        ],
      },
    ],
    context: [
      { id: 'projects', label: t('funding.projects'), value: formatFigure(data.projects, 'count') },
      { id: 'approved', label: t('funding.approved'), value: formatFigure(data.approved, 'hkd') },
      ...data.lines.map((line) => ({
        id: line.id,
        label: line.label,
        value: formatFigure(line.figure, line.unit),
      })),
    ],
    sources: data.sources,
    notes: [
      ...data.notes,
      t('funding.derivedNote', { projects: formatFigure(data.projects, 'count') }),
    ],
  };
}

export const fundingPanel = definePanel({
  id: 'funding',
  title: (t) => t('funding.title'),
  datasets: ['funding'],
  filters: ['sector', 'count'],
  useData: useFunding,
  build,
});
