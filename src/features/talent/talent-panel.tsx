import type { TFunction } from 'i18next';
import { definePanel } from '@/components/panel/define-panel';
import { numberCell, figureCell } from '@/components/panel/table-cell';
import type { BuildContext, ContextFigure, PanelContent } from '@/components/panel/types';
import { barListNative } from '@/components/panel/native-chart';
import { formatFigure, formatMultiple, formatNumber } from '@/lib/format';
import type { FigureLine, TalentData } from './select-talent';
import { useTalent } from './use-talent';
import { lazyChart } from '@/components/chart/lazy-chart';

// Drawn with the chart frame, which brings recharts: loaded like every other chart.
const TalentChart = lazyChart(() => import('./talent-chart').then((m) => m.TalentChart));

const text = (line: FigureLine) => formatFigure(line.figure, line.unit);

/** What a context figure refers to, where the bare value would leave it unclear. */
function detailFor(line: FigureLine, data: TalentData, t: TFunction): string | undefined {
  if (line.series === 'rttp-enterprises') {
    const trained = data.programmes.find((p) => p.series === 'rttp-employees');
    return trained && t('talent.rttpDetail', { employees: text(trained) });
  }
  if (line.series === 'non-local-founders' && line.figure.year !== undefined)
    return t('talent.surveyDetail', { year: line.figure.year });
  return undefined;
}

function takeaway(data: TalentData, t: TFunction): string {
  const { spread } = data;
  if (spread)
    return t('talent.takeaway', {
      label: spread.largest.label,
      value: text(spread.largest),
      count: formatNumber(data.programmes.length, 0),
      multiple: formatMultiple(spread.multiple),
      smallest: text(spread.smallest),
    });
  const [only] = data.programmes;
  return only
    ? t('talent.takeawaySingle', { label: only.label, value: text(only) })
    : t('panel.noData');
}

function spreadFigure(data: TalentData, t: TFunction): ContextFigure[] {
  const { spread } = data;
  if (!spread) return [];
  return [
    {
      id: 'spread',
      label: t('talent.spreadLabel'),
      value: formatMultiple(spread.multiple),
      detail: t('derived.ratio', { to: text(spread.largest), from: text(spread.smallest) }),
    },
  ];
}

function build(data: TalentData, { t }: BuildContext): PanelContent | null {
  if (data.programmes.length === 0 && data.lines.length === 0) return null;
  const { spread } = data;
  const figureColumn = { key: 'figure', label: t('talent.figure') };
  const valueColumn = { key: 'value', label: t('talent.value'), numeric: true };
  const noteColumn = { key: 'note', label: t('talent.note') };
  return {
    takeaway: takeaway(data, t),
    chartLabel: t('talent.chartLabel'),
    chart: <TalentChart programmes={data.programmes} />,
    native: barListNative(
      data.programmes.map((p) => ({
        label: p.label,
        value: p.figure.value,
        text: formatFigure(p.figure, p.unit),
        hedged: p.figure.qualifier !== undefined,
      })),
      { name: t('talent.headcount'), valueTitle: t('talent.headcount'), style: 1 },
    ),
    tables: [
      {
        caption: t('talent.programmesCaption'),
        columns: [
          { key: 'programme', label: t('talent.programme') },
          { key: 'headcount', label: t('talent.headcount'), numeric: true },
          noteColumn,
        ],
        rows: data.programmes.map((p) => ({
          key: p.series,
          cells: [p.label, figureCell(p.figure, p.unit), p.figure.note ?? ''],
        })),
      },
      {
        caption: t('talent.figuresCaption'),
        columns: [figureColumn, valueColumn, noteColumn],
        rows: data.lines.map((line) => ({
          key: line.figure.id,
          cells: [line.label, figureCell(line.figure, line.unit), line.figure.note ?? ''],
        })),
      },
      {
        caption: t('talent.derivedCaption'),
        columns: [figureColumn, valueColumn, { key: 'method', label: t('talent.method') }],
        rows: spread
          ? [
              {
                key: 'spread',
                cells: [
                  t('talent.spreadLabel'),
                  numberCell(spread.multiple, 'multiple', formatMultiple(spread.multiple)),
                  t('derived.ratio', { to: text(spread.largest), from: text(spread.smallest) }),
                ],
              },
            ]
          : [],
      },
    ],
    context: [
      ...data.lines.map((line) => {
        const detail = detailFor(line, data, t);
        return {
          id: line.series,
          label: line.label,
          value: text(line),
          ...(detail ? { detail } : {}),
        };
      }),
      ...spreadFigure(data, t),
    ],
    sources: data.sources,
    notes: [...data.notes, t('talent.scaleNote')],
  };
}

export const talentPanel = definePanel({
  id: 'talent',
  title: (t) => t('talent.title'),
  datasets: ['talent', 'startups'],
  // Single figures (one of them dated 2021): no year series for the year filter to act on.
  filters: [],
  useData: useTalent,
  build,
});
