import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import {
  gridStroke,
  NO_GRID_LINES,
  seriesStyle,
  useChartScale,
} from '@/components/chart/chart-theme';
import { ChartLegend } from '@/components/chart/chart-legend';
import { seriesDot } from '@/components/chart/series-marker';
import { YearTick } from '@/components/chart/year-tick';
import { formatFigure, formatNumber } from '@/lib/format';
import type { StartupsData } from './select-startups';
import { useInitialChartWidth } from '@/components/chart/chart-width';

/** Start-ups as bars (left axis), their employees as a line (right axis); missing years marked. */
export function StartupsChart({ data }: { data: StartupsData }) {
  const scale = useChartScale();
  const initialWidth = useInitialChartWidth();
  const { t } = useTranslation();
  const bars = seriesStyle(0);
  const line = seriesStyle(1);
  const rows = data.rows.map((r) => ({
    year: r.year,
    startups: r.startups?.value ?? null,
    employees: r.employees?.value ?? null,
  }));
  const gapYears = new Set(data.rows.filter((r) => !r.startups && !r.employees).map((r) => r.year));

  return (
    <div className="flex flex-col gap-2">
      <ChartLegend
        items={[
          {
            key: 'startups',
            label: t('startups.leftAxis', { label: data.labels.startups }),
            style: { ...bars, marker: 'square' },
          },
          {
            key: 'employees',
            label: t('startups.rightAxis', { label: data.labels.employees }),
            style: line,
          },
        ]}
      />
      <ResponsiveContainer
        width="100%"
        height={scale.height}
        initialDimension={{ width: initialWidth, height: scale.height }}
      >
        <ComposedChart
          data={rows}
          margin={{ top: 24, right: 8, bottom: 16, left: 8 }}
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
            height={40}
            tick={<YearTick gapYears={gapYears} gapLabel={t('chart.noFigure')} />}
          />
          <YAxis
            interval={0}
            yAxisId="startups"
            tick={scale.tick}
            width={64}
            tickFormatter={(v: number) => formatNumber(v, 0)}
          />
          <YAxis
            interval={0}
            yAxisId="employees"
            orientation="right"
            tick={scale.tick}
            width={64}
            tickFormatter={(v: number) => formatNumber(v, 0)}
          />
          <Tooltip
            contentStyle={{ fontSize: scale.fontSize }}
            formatter={(value, name, item) => {
              const row = data.rows.find((r) => r.year === (item.payload as { year: number }).year);
              const obs = item.dataKey === 'startups' ? row?.startups : row?.employees;
              return [obs ? formatFigure(obs, 'count') : String(value), name];
            }}
          />
          <Bar
            yAxisId="startups"
            dataKey="startups"
            name={data.labels.startups}
            fill={bars.color}
            isAnimationActive={false}
            maxBarSize={56}
          >
            <LabelList
              dataKey="startups"
              position="top"
              fontSize={scale.labelSize}
              fill="var(--color-ink)"
              formatter={(v) => (typeof v === 'number' ? formatNumber(v, 0) : '')}
            />
          </Bar>
          <Line
            yAxisId="employees"
            dataKey="employees"
            name={data.labels.employees}
            stroke={line.color}
            strokeWidth={scale.stroke}
            strokeDasharray={line.dash}
            connectNulls={false}
            isAnimationActive={false}
            dot={seriesDot(line)}
          />
        </ComposedChart>
      </ResponsiveContainer>
      {gapYears.size > 0 && <p className="text-sm text-ink-muted">{t('chart.gapKey')}</p>}
    </div>
  );
}
