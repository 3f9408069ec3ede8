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
import type { FigureLine } from './select-talent';
import { WrappedTick } from './wrapped-tick';

/** Head-count of each talent programme on one scale, largest first, labelled as published ("3,700+"). */
export function TalentChart({ programmes }: { programmes: FigureLine[] }) {
  const { t } = useTranslation();
  const style = seriesStyle(1);
  const rows = programmes.map((p) => ({
    id: p.series,
    label: p.label,
    value: p.figure.value,
    text: formatFigure(p.figure, p.unit),
  }));

  return (
    <ResponsiveContainer
      width="100%"
      height={CHART_HEIGHT}
      initialDimension={{ width: 600, height: CHART_HEIGHT }}
    >
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 8, right: 72, bottom: 24, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tick={axisTick}
          tickFormatter={(v: number) => formatNumber(v, 0)}
          label={{
            value: t('talent.axis'),
            position: 'insideBottom',
            offset: -16,
            fontSize: CHART_FONT_SIZE,
          }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={220}
          interval={0}
          tick={<WrappedTick maxChars={28} />}
        />
        <Tooltip
          contentStyle={{ fontSize: CHART_FONT_SIZE }}
          formatter={(_v, _n, item) => (item.payload as { text: string }).text}
        />
        <Bar
          dataKey="value"
          name={t('talent.headcount')}
          fill={style.color}
          isAnimationActive={false}
          maxBarSize={40}
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
  );
}
