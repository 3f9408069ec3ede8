import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
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
import { seriesDot } from '@/components/chart/series-marker';
import { ChartLegend } from '@/components/chart/chart-legend';
import { formatRank } from '@/lib/format';
import type { RankingSeriesId, RankingsData } from './select-rankings';

type ChartRow = { year: number } & Partial<Record<RankingSeriesId, number | null>>;

interface LabelProps {
  x?: number | string;
  y?: number | string;
  index?: number;
}

/** Rank 1 at the top; each point labelled "11 / 131"; missing years break the line. */
export function RankingsChart({ data }: { data: RankingsData }) {
  const { t } = useTranslation();
  const chartRows: ChartRow[] = data.rows.map((row) => ({
    year: row.year,
    ...Object.fromEntries(data.series.map((s) => [s.id, row.ranks[s.id]?.rank ?? null])),
  }));
  const worst = Math.max(
    ...data.rows.flatMap((r) => data.series.map((s) => r.ranks[s.id]?.rank ?? 0)),
  );
  // Round the lowest rank shown up to a multiple of 5, leaving room under the worst point's label.
  const bottom = Math.max(10, Math.ceil((worst + 2) / 5) * 5);

  return (
    <div className="flex flex-col gap-2">
      <ChartLegend
        items={data.series.map((s, i) => ({ key: s.id, label: s.label, style: seriesStyle(i) }))}
      />
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 600, height: CHART_HEIGHT }}
      >
        <LineChart
          data={chartRows}
          margin={{ top: 28, right: 28, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="year"
            tick={axisTick}
            tickLine={false}
            interval="preserveStartEnd"
            padding={{ left: 24, right: 24 }}
          />
          <YAxis
            reversed
            allowDecimals={false}
            domain={[1, bottom]}
            ticks={[1, ...Array.from({ length: bottom / 5 }, (_, i) => (i + 1) * 5)]}
            tick={axisTick}
            width={48}
            label={{
              value: t('rankings.axis'),
              angle: -90,
              position: 'insideLeft',
              fontSize: CHART_FONT_SIZE,
              dy: 40,
            }}
          />
          <Tooltip
            formatter={(value, _name, item) => {
              const row = data.rows.find((r) => r.year === (item.payload as ChartRow).year);
              const id = item.dataKey as RankingSeriesId;
              const point = row?.ranks[id];
              return point ? formatRank(point.rank, point.outOf) : String(value);
            }}
            contentStyle={{ fontSize: CHART_FONT_SIZE }}
          />
          {data.series.map((s, i) => {
            const style = seriesStyle(i);
            return (
              <Line
                key={s.id}
                type="linear"
                dataKey={s.id}
                name={s.label}
                stroke={style.color}
                strokeWidth={3}
                strokeDasharray={style.dash}
                connectNulls={false}
                isAnimationActive={false}
                dot={seriesDot(style)}
              >
                <LabelList
                  dataKey={s.id}
                  content={(props: LabelProps) => {
                    const row = props.index === undefined ? undefined : data.rows[props.index];
                    const point = row?.ranks[s.id];
                    if (!point || props.x === undefined || props.y === undefined) return null;
                    return (
                      <text
                        x={Number(props.x)}
                        y={Number(props.y) + (i === 0 ? -12 : 22)}
                        textAnchor="middle"
                        fontSize={12}
                        fill={style.color}
                        fontWeight={600}
                      >
                        {formatRank(point.rank, point.outOf)}
                      </text>
                    );
                  }}
                />
              </Line>
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
