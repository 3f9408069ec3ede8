import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { figureCell, numberCell } from '@/components/panel/table-cell';
import type { BuildContext, ContextFigure, PanelContent } from '@/components/panel/types';
import { formatFigure, formatHkd, formatNumber, formatPercent } from '@/lib/format';
import { lazyChart } from '@/components/chart/lazy-chart';
import type { BiotechData, FigureLine, ListingSplit } from './select-biotech';
import { useBiotech } from './use-biotech';

const BiotechChart = lazyChart(() => import('./biotech-chart').then((m) => m.BiotechChart));

const text = (line: FigureLine) => formatFigure(line.figure, line.unit);
const lineCell = (line: FigureLine) => figureCell(line.figure, line.unit);

/** Year figures that read better under the count they date than as cards of their own. */
const YEAR_OF: Record<string, string> = { 'phase-1-centres': 'phase-1-centres-set-up' };

function takeaway(split: ListingSplit, t: TFunction): string {
  return t('biotech.takeaway', {
    pre: formatFigure(split.preRevenue.listings, 'count'),
    total: formatFigure(split.total.listings, 'count'),
    year: split.year,
    listingShare: formatPercent(split.share.listings, 0),
    preFunds: formatFigure(split.preRevenue.funds, 'hkd'),
    totalFunds: formatFigure(split.total.funds, 'hkd'),
    fundsShare: formatPercent(split.share.funds, 0),
  });
}

function contextFigures(data: BiotechData, t: TFunction): ContextFigure[] {
  const companions = new Set(Object.values(YEAR_OF));
  return data.lines
    .filter((line) => !companions.has(line.series))
    .map((line) => {
      const companionSeries = YEAR_OF[line.series];
      const year = data.lines.find((l) => l.series === companionSeries);
      return {
        id: line.series,
        label: line.label,
        value: text(line),
        ...(year ? { detail: t('biotech.setUpIn', { year: text(year) }) } : {}),
      };
    });
}

function splitRows(split: ListingSplit, t: TFunction) {
  const note = t('derived.label');
  const derived = (value: number, unit: 'hkd' | 'percent' | null, shown: string) =>
    numberCell(value, unit, t('biotech.derivedValue', { value: shown }), null, note);
  return [
    {
      key: 'pre-revenue',
      cells: [
        split.labels.preRevenue,
        figureCell(split.preRevenue.listings, 'count'),
        figureCell(split.preRevenue.funds, 'hkd'),
      ],
    },
    {
      key: 'others',
      cells: [
        t('biotech.othersRow'),
        derived(split.others.listings, null, formatNumber(split.others.listings, 0)),
        derived(split.others.funds, 'hkd', formatHkd(split.others.funds)),
      ],
    },
    {
      key: 'total',
      cells: [
        split.labels.total,
        figureCell(split.total.listings, 'count'),
        figureCell(split.total.funds, 'hkd'),
      ],
    },
    {
      key: 'share',
      cells: [
        t('biotech.shareRow'),
        derived(split.share.listings, 'percent', formatPercent(split.share.listings, 0)),
        derived(split.share.funds, 'percent', formatPercent(split.share.funds, 0)),
      ],
    },
  ];
}

function build(data: BiotechData, { t }: BuildContext): PanelContent | null {
  const { split } = data;
  const regime = data.lines.find((l) => l.series === 'listing-regime-launched');
  const year = split.year ?? '';
  return {
    takeaway: takeaway(split, t),
    chartLabel: t('biotech.chartLabel'),
    chart: <BiotechChart split={split} {...(regime ? { regimeYear: text(regime) } : {})} />,
    tables: [
      {
        caption: t('biotech.splitCaption', { year }),
        columns: [
          { key: 'group', label: t('biotech.group') },
          { key: 'listings', label: t('biotech.listings', { year }), numeric: true },
          { key: 'funds', label: t('biotech.funds', { year }), numeric: true },
        ],
        rows: splitRows(split, t),
      },
      {
        caption: t('biotech.figuresCaption'),
        columns: [
          { key: 'figure', label: t('biotech.figure') },
          { key: 'value', label: t('biotech.value'), numeric: true },
          { key: 'note', label: t('biotech.note') },
        ],
        rows: data.lines.map((line) => ({
          key: line.figure.id,
          cells: [line.label, lineCell(line), line.figure.note ?? ''],
        })),
      },
    ],
    context: contextFigures(data, t),
    sources: data.sources,
    notes: [...data.notes, t('biotech.derivedNote')],
  };
}

export const biotechPanel = definePanel({
  id: 'biotech',
  title: (t) => t('biotech.title'),
  datasets: ['biotech'],
  // One year of listings and undated single figures: nothing for the year filter to act on.
  filters: [],
  useData: useBiotech,
  build,
});
