import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { numberCell, figureCell } from '@/components/panel/table-cell';
import type { BuildContext, ContextFigure, PanelContent } from '@/components/panel/types';
import { barListNative } from '@/components/panel/native-chart';
import { formatFigure, formatMultiple, formatNumber } from '@/lib/format';
import type { FigureLine, InfrastructureData } from './select-infrastructure';
import { useInfrastructure } from './use-infrastructure';
import { lazyChart } from '@/components/chart/lazy-chart';

// Drawn with the chart frame, which brings recharts: loaded like every other chart.
const InfrastructureChart = lazyChart(() =>
  import('./infrastructure-chart').then((m) => m.InfrastructureChart),
);

/** The single figures shown as context cards, in the article's reading order. */
const CONTEXT_SERIES = [
  'science-park-companies',
  'science-park-practitioners',
  'science-park-clusters',
  'science-park-platforms',
  'cyberport-companies',
  'innocell-residential-spaces',
  'rd-centres',
  'innohk-clusters',
  'state-key-laboratories',
  'cnerc-branches',
  'dt-hub-opened',
] as const;

const text = (line: FigureLine) => formatFigure(line.figure, line.unit);

function lineOf(data: InfrastructureData, series: string): FigureLine | undefined {
  return data.lines.find((l) => l.series === series);
}

/** Companion figures (a year, a lab count) shown under the card they belong to. */
function detailFor(series: string, data: InfrastructureData, t: TFunction): string | undefined {
  if (series === 'innocell-residential-spaces') {
    const completed = lineOf(data, 'innocell-completed');
    return completed && t('infrastructure.completedIn', { year: text(completed) });
  }
  if (series === 'innohk-clusters') {
    const labs = lineOf(data, 'innohk-labs');
    const opening = lineOf(data, 'innohk-labs-opening');
    return labs && opening
      ? t('infrastructure.innohkLabs', { labs: text(labs), year: text(opening) })
      : undefined;
  }
  return undefined;
}

function loopFigure(data: InfrastructureData, t: TFunction): ContextFigure[] {
  const from = lineOf(data, 'loop-first-batch-from');
  const to = lineOf(data, 'loop-first-batch-to');
  const area = lineOf(data, 'loop-area');
  const mou = lineOf(data, 'loop-mou');
  if (!from || !to) return [];
  return [
    {
      id: 'loop-first-batch',
      label: t('infrastructure.loopFirstBatch'),
      value: t('infrastructure.yearRange', { from: text(from), to: text(to) }),
      ...(area && mou
        ? { detail: t('infrastructure.loopDetail', { area: text(area), year: text(mou) }) }
        : {}),
    },
  ];
}

/** The sum of the smaller projects is built from rounded ("about", "over") figures: shown as ≈. */
function othersText(total: number): string {
  return formatFigure({ value: total, qualifier: 'about' }, 'sqm');
}

function takeaway(data: InfrastructureData, t: TFunction): string {
  const { largest } = data;
  if (!largest) return t('panel.noData');
  return t('infrastructure.takeaway', {
    largest: largest.area.label,
    value: formatFigure(largest.area.figure, 'sqm'),
    // The others' total sums lower bounds ("over 140,000 m²"), so the multiple is at most this.
    multiple: t('infrastructure.upTo', { multiple: formatMultiple(largest.multiple) }),
    count: formatNumber(largest.othersCount, 0),
    others: othersText(largest.othersTotal),
  });
}

function derivedRows(data: InfrastructureData, t: TFunction) {
  const { largest } = data;
  if (!largest) return [];
  const others = data.floorAreas.slice(1).map((a) => formatFigure(a.figure, 'sqm'));
  const count = formatNumber(largest.othersCount, 0);
  return [
    {
      key: 'others-total',
      cells: [
        t('infrastructure.othersCombined', { count }),
        numberCell(largest.othersTotal, 'sqm', othersText(largest.othersTotal), 'about'),
        t('infrastructure.sumMethod', { terms: others.join(' + ') }),
      ],
    },
    {
      key: 'largest-multiple',
      cells: [
        t('infrastructure.multipleLabel', { count }),
        numberCell(
          largest.multiple,
          'multiple',
          t('infrastructure.upTo', { multiple: formatMultiple(largest.multiple) }),
          'upTo',
        ),
        t('derived.ratio', {
          to: formatFigure(largest.area.figure, 'sqm'),
          from: othersText(largest.othersTotal),
        }),
      ],
    },
  ];
}

function build(data: InfrastructureData, { t }: BuildContext): PanelContent | null {
  if (data.floorAreas.length === 0 && data.lines.length === 0) return null;
  const { largest } = data;
  const cards: ContextFigure[] = CONTEXT_SERIES.flatMap((series) => {
    const line = lineOf(data, series);
    if (!line) return [];
    const detail = detailFor(series, data, t);
    return [{ id: series, label: line.label, value: text(line), ...(detail ? { detail } : {}) }];
  });
  const columns = {
    figure: { key: 'figure', label: t('infrastructure.figure') },
    value: { key: 'value', label: t('infrastructure.value'), numeric: true },
    note: { key: 'note', label: t('infrastructure.note') },
  };
  return {
    takeaway: takeaway(data, t),
    chartLabel: t('infrastructure.chartLabel'),
    chart: <InfrastructureChart areas={data.floorAreas} />,
    native: barListNative(
      data.floorAreas.map((a) => ({
        label: a.label,
        value: a.figure.value,
        text: formatFigure(a.figure, 'sqm'),
        hedged: a.figure.qualifier !== undefined,
      })),
      {
        name: t('infrastructure.floorArea'),
        valueTitle: t('infrastructure.floorArea'),
        style: 0,
      },
    ),
    tables: [
      {
        caption: t('infrastructure.areasCaption'),
        columns: [
          { key: 'project', label: t('infrastructure.project') },
          { key: 'area', label: t('infrastructure.floorArea'), numeric: true },
          columns.note,
        ],
        rows: data.floorAreas.map((a) => ({
          key: a.id,
          cells: [a.label, figureCell(a.figure, 'sqm'), a.figure.note ?? ''],
        })),
      },
      {
        caption: t('infrastructure.figuresCaption'),
        columns: [columns.figure, columns.value, columns.note],
        rows: data.lines.map((line) => ({
          key: line.figure.id,
          cells: [
            // A later count of the same thing names its year, so the two rows differ.
            line.figure.year !== undefined ? `${line.label} (${line.figure.year})` : line.label,
            figureCell(line.figure, line.unit),
            line.figure.note ?? '',
          ],
        })),
      },
      {
        caption: t('infrastructure.derivedCaption'),
        columns: [
          columns.figure,
          columns.value,
          { key: 'method', label: t('infrastructure.method') },
        ],
        rows: derivedRows(data, t),
      },
    ],
    context: [
      ...cards,
      ...loopFigure(data, t),
      ...(largest
        ? [
            {
              id: 'largest-multiple',
              label: t('infrastructure.multipleLabel', {
                count: formatNumber(largest.othersCount, 0),
              }),
              value: t('infrastructure.upTo', { multiple: formatMultiple(largest.multiple) }),
              detail: t('derived.ratio', {
                to: formatFigure(largest.area.figure, 'sqm'),
                from: othersText(largest.othersTotal),
              }),
            },
          ]
        : []),
    ],
    sources: data.sources,
    notes: [...data.notes, t('infrastructure.areaNote')],
  };
}

export const infrastructurePanel = definePanel({
  id: 'infrastructure',
  title: (t) => t('infrastructure.title'),
  datasets: ['infrastructure'],
  // Undated single figures: no year series for the year filter to act on.
  filters: [],
  useData: useInfrastructure,
  build,
});
