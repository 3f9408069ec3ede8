import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import type { PanelContent } from '@/components/panel/types';
import { formatFigure, formatNumber, formatPercent } from '@/lib/format';
import { FundingChart } from './funding-chart';
import type { FundingData } from './select-funding';
import { useFunding } from './use-funding';

function takeaway(data: FundingData, t: TFunction): string {
  const [largest] = data.sectors.filter((s) => s.share.derived === undefined);
  return t('funding.takeaway', {
    projects: formatFigure(data.projects, 'count'),
    amount: formatFigure(data.approved, 'hkd'),
    sector: largest?.label ?? '',
    share: largest ? formatPercent(largest.share.value) : '',
  });
}

function build(data: FundingData, t: TFunction): PanelContent {
  return {
    takeaway: takeaway(data, t),
    chartLabel: t('funding.chartLabel'),
    chart: <FundingChart data={data} />,
    tables: [
      {
        caption: t('funding.tableCaption', { year: data.projects.year }),
        columns: [
          { key: 'sector', label: t('funding.sector') },
          { key: 'share', label: t('funding.metric.share'), numeric: true },
          { key: 'projects', label: t('funding.metric.projects'), numeric: true },
        ],
        rows: data.sectors.map((s) => ({
          key: s.id,
          cells: [
            s.label,
            formatPercent(s.share.value) + (s.share.derived ? ` (${t('derived.label')})` : ''),
            `≈${formatNumber(s.projects, 0)}`,
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
          { key: 'projects', cells: [t('funding.projects'), formatFigure(data.projects, 'count')] },
          { key: 'approved', cells: [t('funding.approved'), formatFigure(data.approved, 'hkd')] },
          ...data.lines.map((line) => ({
            key: line.id,
            cells: [line.label, formatFigure(line.figure, line.unit)],
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
  useData: useFunding,
  build,
});
