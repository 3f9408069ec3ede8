import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
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
import { YearTick } from '@/components/chart/year-tick';
import { formatFigure, formatNumber } from '@/lib/format';
import type { FintechData } from './select-fintech';
import { useInitialChartWidth } from '@/components/chart/chart-width';

/** Fintech start-ups per year; each bar labelled with the figure as published ("600+"). */
export function FintechChart({ data }: { data: FintechData }) {
  const scale = useChartScale();
  const initialWidth = useInitialChartWidth();
  const { t } = useTranslation();
  const style = seriesStyle(2);
  const rows = data.rows.map((r) => ({ year: r.year, count: r.count?.value ?? null }));
  const gapYears = new Set(data.rows.filter((r) => !r.count).map((r) => r.year));
  const labelFor = (index: number | undefined) => {
    const obs = index === undefined ? null : data.rows[index]?.count;
    return obs ? formatFigure(obs, 'count') : '';
  };

  return (
    <div className="flex flex-col gap-2">
      <ResponsiveContainer
        width="100%"
        height={scale.height}
        initialDimension={{ width: initialWidth, height: scale.height }}
      >
        <BarChart
          data={rows}
          margin={{ top: 28, right: 16, bottom: 16, left: 8 }}
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
            tick={scale.tick}
            width={56}
            tickFormatter={(v: number) => formatNumber(v, 0)}
            label={{
              value: data.label,
              angle: -90,
              position: 'insideLeft',
              fontSize: scale.fontSize,
              // Recharts' default grey (#808080) is below 4.5:1 on the cards.
              fill: 'var(--color-ink-muted)',
              dy: 60,
            }}
          />
          <Tooltip
            contentStyle={{ fontSize: scale.fontSize }}
            formatter={(value, name, item) => {
              const row = data.rows.find((r) => r.year === (item.payload as { year: number }).year);
              return [row?.count ? formatFigure(row.count, 'count') : String(value), name];
            }}
          />
          <Bar
            dataKey="count"
            name={data.label}
            fill={style.color}
            isAnimationActive={false}
            maxBarSize={64}
          >
            <LabelList
              dataKey="count"
              position="top"
              content={(props: {
                x?: number | string;
                y?: number | string;
                width?: number | string;
                index?: number;
              }) => {
                const text = labelFor(props.index);
                if (!text || props.x === undefined || props.y === undefined) return null;
                return (
                  <text
                    x={Number(props.x) + Number(props.width ?? 0) / 2}
                    y={Number(props.y) - 8}
                    textAnchor="middle"
                    fontSize={scale.fontSize}
                    fontWeight={600}
                    fill="var(--color-ink)"
                  >
                    {text}
                  </text>
                );
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {gapYears.size > 0 && <p className="text-sm text-ink-muted">{t('chart.gapKey')}</p>}
    </div>
  );
}
