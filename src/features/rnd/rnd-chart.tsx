import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import {
  CHART_FONT_SIZE,
  gridStroke,
  NO_GRID_LINES,
  seriesStyle,
  useChartScale,
  type SeriesStyle,
} from '@/components/chart/chart-theme';
import { HatchPattern } from '@/components/chart/hatch-pattern';
import { ChartLegend } from '@/components/chart/chart-legend';
import { YearTick } from '@/components/chart/year-tick';
import { formatFigure, formatPercent } from '@/lib/format';
import type { RndData } from './select-rnd';
import { useInitialChartWidth } from '@/components/chart/chart-width';

const HATCH_ID = 'rnd-earlier-method-hatch';
const BAR = seriesStyle(0);
const EARLIER: SeriesStyle = { ...BAR, dash: '3 3', marker: 'diamond' };
const BASELINE: SeriesStyle = { ...seriesStyle(1), dash: '8 4' };
const TARGET: SeriesStyle = { ...seriesStyle(3), dash: '3 3' };

/** Axis top: a round half-percent above the target and the highest bar, with room for labels. */
function axisTop(data: RndData): number {
  const highest = Math.max(data.target.value, ...data.rows.map((r) => r.figure?.value ?? 0));
  return Math.ceil((highest * 1.1) / 0.25) * 0.25;
}

/**
 * C&SD's R&D spending as % of GDP by year, as bars: years before the 2018 method change
 * hatched and set off by a marked line; the article's baseline and target as labelled lines.
 * Years without a figure have no bar and "n/a" under the year.
 */
export function RndChart({ data }: { data: RndData }) {
  const scale = useChartScale();
  const initialWidth = useInitialChartWidth();
  const factor = scale.fontSize / CHART_FONT_SIZE;
  const { t } = useTranslation();
  const rows = data.rows.map((r) => ({
    year: r.year,
    value: r.figure?.value ?? null,
    // Formatted from the figure itself, so a qualifier in the data would show on the bar.
    text: r.figure ? formatFigure(r.figure, 'percent') : '',
    method: r.method,
  }));
  const gapYears = new Set(data.rows.filter((r) => !r.figure).map((r) => r.year));
  const showBreak =
    data.rows.some((r) => r.method === 'earlier') && data.rows.some((r) => r.method === 'current');
  const hasEarlier = data.rows.some((r) => r.method === 'earlier' && r.figure);
  const top = axisTop(data);
  const ticks = Array.from({ length: Math.floor(top / 0.5) + 1 }, (_, i) => i * 0.5);
  const year = data.methodChangeYear;
  const referenceLabel = (text: string, style: SeriesStyle) => ({
    value: text,
    position: 'right' as const,
    fontSize: scale.labelSize,
    fontWeight: 600,
    fill: style.color,
  });

  return (
    <div className="flex flex-col gap-2">
      <HatchPattern id={HATCH_ID} color={BAR.color} opacity={0.25} />
      <ChartLegend
        items={[
          ...(hasEarlier
            ? [{ key: 'earlier', label: t('rnd.legendEarlier', { year }), style: EARLIER }]
            : []),
          {
            key: 'current',
            label: t('rnd.legendCurrent', { year }),
            style: { ...BAR, marker: 'square' },
          },
          {
            key: 'baseline',
            label: t('rnd.baselineShort', { value: formatFigure(data.baseline, 'percent') }),
            style: BASELINE,
          },
          {
            key: 'target',
            label: t('rnd.targetShort', { value: formatFigure(data.target, 'percent') }),
            style: TARGET,
          },
        ]}
      />
      <ResponsiveContainer
        width="100%"
        height={scale.height}
        initialDimension={{ width: initialWidth, height: scale.height }}
      >
        <BarChart
          data={rows}
          // Room on the right for the reference lines' labels.
          margin={{ top: 28 * factor, right: 124 * factor, bottom: 16, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid
            stroke={gridStroke}
            strokeDasharray="3 3"
            vertical={false}
            verticalCoordinatesGenerator={NO_GRID_LINES}
          />
          <XAxis
            dataKey="year"
            tickLine={false}
            interval={0}
            height={40 * factor}
            tick={<YearTick gapYears={gapYears} gapLabel={t('chart.noFigure')} />}
          />
          <YAxis
            interval={0}
            domain={[0, top]}
            ticks={ticks}
            tick={scale.tick}
            width={64 * factor}
            tickFormatter={(v: number) => formatPercent(v, 1)}
            label={{
              value: t('rnd.axis'),
              angle: -90,
              position: 'insideLeft',
              fontSize: scale.fontSize,
              // Recharts' default grey (#808080) is below 4.5:1 on the cards.
              fill: 'var(--color-ink-muted)',
              dy: 40 * factor,
            }}
          />
          <Tooltip
            contentStyle={{ fontSize: scale.fontSize }}
            formatter={(value, name, item) => [
              (item.payload as { text: string }).text || String(value),
              name,
            ]}
          />
          <ReferenceLine
            y={data.baseline.value}
            stroke={BASELINE.color}
            strokeWidth={Math.max(2, scale.stroke - 1)}
            strokeDasharray={BASELINE.dash}
            label={referenceLabel(
              t('rnd.baselineShort', { value: formatFigure(data.baseline, 'percent') }),
              BASELINE,
            )}
          />
          <ReferenceLine
            y={data.target.value}
            stroke={TARGET.color}
            strokeWidth={Math.max(2, scale.stroke - 1)}
            strokeDasharray={TARGET.dash}
            label={referenceLabel(
              t('rnd.targetShort', { value: formatFigure(data.target, 'percent') }),
              TARGET,
            )}
          />
          {showBreak && (
            // Between the last year of the old method and the first of the new one.
            <ReferenceLine
              x={year}
              position="start"
              stroke="var(--color-ink-muted)"
              strokeWidth={Math.max(2, scale.stroke - 1)}
              label={{
                value: t('rnd.methodLine', { year }),
                position: 'top',
                fontSize: scale.labelSize,
                fill: 'var(--color-ink)',
              }}
            />
          )}
          <Bar dataKey="value" name={data.labels.csd} isAnimationActive={false} maxBarSize={56}>
            {rows.map((row) => (
              <Cell
                key={row.year}
                fill={row.method === 'earlier' ? `url(#${HATCH_ID})` : BAR.color}
                stroke={BAR.color}
              />
            ))}
            <LabelList
              dataKey="text"
              position="top"
              fontSize={scale.labelSize}
              fontWeight={600}
              fill="var(--color-ink)"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {hasEarlier && <p className="text-sm text-ink-muted">{t('rnd.chartKey', { year })}</p>}
      {gapYears.size > 0 && <p className="text-sm text-ink-muted">{t('chart.gapKey')}</p>}
    </div>
  );
}
