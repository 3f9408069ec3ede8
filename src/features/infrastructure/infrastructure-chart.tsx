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
  CHART_FONT_SIZE,
  CHART_HEIGHT,
  axisTick,
  gridStroke,
  seriesStyle,
} from '@/components/chart/chart-theme';
import { formatFigure, formatNumber } from '@/lib/format';
import type { FloorArea } from './select-infrastructure';
import { WrappedTick } from './wrapped-tick';

/** Floor area of each new I&T project on one m² scale, largest first, labelled as published ("≈28,000 m²"). */
export function InfrastructureChart({ areas }: { areas: FloorArea[] }) {
  const { t } = useTranslation();
  const style = seriesStyle(0);
  const rows = areas.map((a) => ({
    id: a.id,
    label: a.label,
    value: a.figure.value,
    text: formatFigure(a.figure, 'sqm'),
  }));

  return (
    <div className="flex flex-col gap-2">
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 600, height: CHART_HEIGHT }}
      >
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 120, bottom: 24, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tick={axisTick}
            tickFormatter={(v: number) => formatNumber(v, 0)}
            label={{
              value: t('infrastructure.axis'),
              position: 'insideBottom',
              offset: -16,
              fontSize: CHART_FONT_SIZE,
            }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={200}
            interval={0}
            tick={<WrappedTick maxChars={26} />}
          />
          <Tooltip
            contentStyle={{ fontSize: CHART_FONT_SIZE }}
            formatter={(_v, _n, item) => (item.payload as { text: string }).text}
          />
          <Bar
            dataKey="value"
            name={t('infrastructure.floorArea')}
            fill={style.color}
            isAnimationActive={false}
            maxBarSize={36}
          >
            <LabelList
              dataKey="text"
              position="right"
              fontSize={CHART_FONT_SIZE}
              fontWeight={600}
              fill="var(--color-ink)"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <p className="text-sm text-ink-muted">{t('infrastructure.areaKey')}</p>
    </div>
  );
}
