import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  type TooltipProps,
  usePlotArea,
  XAxis,
  YAxis,
} from 'recharts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  gridStroke,
  NO_GRID_LINES,
  seriesStyle,
  useChartScale,
  type ChartScale,
} from '@/components/chart/chart-theme';
import { SeriesMarker } from '@/components/chart/series-marker';
import { ChartLegend } from '@/components/chart/chart-legend';
import { formatPercent } from '@/lib/format';
import { RANKING_INDICES, setViewState, useViewKeys, type RankingIndex } from '@/lib/view-state';
import {
  pointLabel,
  pointValue,
  RANKING_SERIES,
  type RankingMetric as Metric,
  type RankingSeriesId,
  type ComparisonSeries,
  type RankingsData,
} from './select-rankings';
import { useInitialChartWidth } from '@/components/chart/chart-width';
import { spacedYears } from '@/components/chart/year-ticks';

/** A point's label ("11 / 131"), and whether it sits above its marker or below. */
interface PointLabel {
  text: string;
  above: boolean;
}

type ChartRow = { year: number; labels: Partial<Record<RankingSeriesId, PointLabel>> } & Partial<
  Record<RankingSeriesId, number | null>
>;

// Recharts 3 keeps each axis's and the chart's settings in a store and recomputes the layout
// when a prop changes identity: constant objects and memoised callbacks keep a filter change
// from redoing what it did not change.
const MARGIN = { top: 28, right: 28, bottom: 8, left: 8 };
const X_PADDING = { left: 24, right: 24 };
const Y_AXIS_WIDTH = 56;

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: ChartRow;
}

/** The tooltip shows a point as its label does ("11 / 131"). */
const tooltipFormatter: NonNullable<TooltipProps['formatter']> = (value, _name, item) =>
  (item.payload as ChartRow).labels[item.dataKey as RankingSeriesId]?.text ?? String(value);

/**
 * Each point's marker and its label in one shape: recharts' LabelList would add a component per
 * point. It reads the label from the point's row, so it changes only with the chart's scale: a
 * filter change leaves the Line's props as they were, and recharts does not re-register it.
 */
function labelledDot(id: RankingSeriesId, scale: ChartScale) {
  const style = seriesStyle(RANKING_SERIES.indexOf(id));
  return function LabelledDot({ cx, cy, index, payload }: DotProps) {
    const label = payload?.labels[id];
    if (!label || cx === undefined || cy === undefined) return <g key={index} />;
    return (
      <g key={index}>
        <SeriesMarker cx={cx} cy={cy} style={style} />
        <text
          x={cx}
          y={cy + (label.above ? -(scale.marker + 6) : scale.marker + scale.labelSize + 4)}
          textAnchor="middle"
          fontSize={scale.labelSize}
          fill={style.color}
          fontWeight={600}
        >
          {label.text}
        </text>
      </g>
    );
  };
}

/** A peer's point: a small, muted marker in its economy's shape and its index's colour. */
function peerDot(line: ComparisonSeries, color: string, scale: ChartScale) {
  const style = { color, dash: undefined, marker: line.marker };
  const size = Math.max(3, Math.round(scale.marker * 0.6));
  return function PeerDot({ cx, cy, index }: DotProps) {
    return (
      <g key={index} opacity={0.75}>
        <SeriesMarker cx={cx} cy={cy} style={style} size={size} />
      </g>
    );
  };
}

/**
 * Where two indices share a year, the better rank is labelled above its point and the other
 * below, so the two labels never meet between the lines.
 */
function labelAbove(row: ChartRow, id: RankingSeriesId, order: number, others: RankingSeriesId[]) {
  const own = row[id];
  const rival = others.map((o) => row[o]).find((v): v is number => typeof v === 'number');
  if (typeof own !== 'number' || rival === undefined) return order === 0;
  return own === rival ? order === 0 : own < rival;
}

/** The years along the bottom, as many as the plot's width has room for. */
function YearAxis({ years, fallbackWidth }: { years: readonly number[]; fallbackWidth: number }) {
  const scale = useChartScale();
  const plotWidth = usePlotArea()?.width ?? fallbackWidth;
  const room = plotWidth - X_PADDING.left - X_PADDING.right;
  const ticks = useMemo(
    () => spacedYears(years, room, scale.fontSize),
    [years, room, scale.fontSize],
  );
  return (
    <XAxis
      dataKey="year"
      tick={scale.tick}
      tickLine={false}
      ticks={ticks}
      interval={0}
      padding={X_PADDING}
    />
  );
}

/**
 * Rank 1 at the top; each point labelled "11 / 131" (or its share of economies ranked);
 * missing years break the line. Legend items toggle the indices shown.
 */
export function RankingsChart({
  data,
  allSeries,
  metric,
  lines = [],
}: {
  data: RankingsData;
  allSeries: RankingsData['series'];
  metric: Metric;
  /** The select layer's lines; peers (emphasis "peer") are drawn thinner and muted. */
  lines?: ComparisonSeries[];
}) {
  const scale = useChartScale();
  const initialWidth = useInitialChartWidth();
  const peers = useMemo(() => lines.filter((l) => l.emphasis === 'peer'), [lines]);
  const { t } = useTranslation();
  const view = useViewKeys(['index']);
  const styleOf = (id: RankingSeriesId) => seriesStyle(RANKING_SERIES.indexOf(id));
  const chartRows: ChartRow[] = useMemo(() => {
    const ids = data.series.map((series) => series.id);
    return data.rows.map((row) => {
      const values = Object.fromEntries(ids.map((id) => [id, pointValue(row.ranks[id], metric)]));
      const chartRow: ChartRow = { year: row.year, labels: {}, ...values };
      ids.forEach((id, order) => {
        const point = row.ranks[id];
        if (point && typeof chartRow[id] === 'number')
          chartRow.labels[id] = {
            text: pointLabel(point, metric),
            above: labelAbove(
              chartRow,
              id,
              order,
              ids.filter((other) => other !== id),
            ),
          };
      });
      for (const line of peers)
        (chartRow as Record<string, unknown>)[line.key] = pointValue(line.point(row), metric);
      return chartRow;
    });
  }, [data, metric, peers]);
  const years = useMemo(() => chartRows.map((r) => r.year), [chartRows]);
  const worst = Math.max(
    ...chartRows.flatMap((r) => [
      ...data.series.map((s) => r[s.id] ?? 0),
      ...peers.map((l) => Number((r as Record<string, unknown>)[l.key] ?? 0)),
    ]),
  );
  // Round the bottom of the axis up to a round number, leaving room under the worst point's label.
  const step = metric === 'rank' ? 5 : 10;
  const bottom = Math.max(step * 2, Math.ceil((worst * 1.1 + 1) / step) * step);
  const ticks = useMemo(
    () => [
      metric === 'rank' ? 1 : 0,
      ...Array.from({ length: bottom / step }, (_, i) => (i + 1) * step),
    ],
    [metric, bottom, step],
  );
  const dots = useMemo(
    () => new Map(RANKING_SERIES.map((id) => [id, labelledDot(id, scale)])),
    [scale],
  );

  const tickFormatter = useCallback(
    (v: number) => (metric === 'rank' ? String(v) : formatPercent(v)),
    [metric],
  );
  const axisLabel = useMemo(
    () => ({
      value: t(metric === 'rank' ? 'rankings.axis' : 'rankings.axisPercent'),
      angle: -90,
      position: 'insideLeft' as const,
      fontSize: scale.fontSize,
      // Recharts' default grey (#808080) is below 4.5:1 on the cards.
      fill: 'var(--color-ink-muted)',
      dy: 60,
    }),
    [t, metric, scale.fontSize],
  );
  const tooltipStyle = useMemo(() => ({ fontSize: scale.fontSize }), [scale.fontSize]);
  const top = ticks[0] ?? 0;
  const yDomain = useMemo(() => [top, bottom], [top, bottom]);

  const toggle = (key: string) => {
    const id = key as RankingIndex;
    const next = view.index.includes(id) ? view.index.filter((i) => i !== id) : [...view.index, id];
    // Clicking the only series left shows all of them again rather than an empty chart.
    void setViewState({
      index: next.length ? RANKING_INDICES.filter((i) => next.includes(i)) : null,
    });
  };

  return (
    <div className="flex flex-col gap-2">
      <ChartLegend
        label={t('rankings.legend')}
        onSelect={scale.interactive ? toggle : undefined}
        items={allSeries.map((s) => ({
          key: s.id,
          label: s.label,
          style: styleOf(s.id),
          active: data.series.some((d) => d.id === s.id),
        }))}
      />
      {peers.length > 0 && (
        <ChartLegend
          label={t('rankings.compare')}
          items={[...new Map(peers.map((l) => [l.economy, l] as const)).values()].map((l) => ({
            key: l.economy,
            label: l.economyLabel,
            style: { color: 'var(--color-ink-muted)', dash: '2 3', marker: l.marker },
          }))}
        />
      )}
      <ResponsiveContainer
        width="100%"
        height={scale.height}
        initialDimension={{ width: initialWidth, height: scale.height }}
      >
        <LineChart data={chartRows} margin={MARGIN} accessibilityLayer>
          <CartesianGrid
            stroke={gridStroke}
            strokeDasharray="3 3"
            vertical={false}
            verticalCoordinatesGenerator={NO_GRID_LINES}
          />
          <YearAxis
            years={years}
            fallbackWidth={initialWidth - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right}
          />
          <YAxis
            reversed
            allowDecimals={false}
            domain={yDomain}
            ticks={ticks}
            tick={scale.tick}
            width={Y_AXIS_WIDTH}
            interval={0}
            tickFormatter={tickFormatter}
            label={axisLabel}
          />
          <Tooltip formatter={tooltipFormatter} contentStyle={tooltipStyle} />
          {data.series.map((s) => {
            const style = styleOf(s.id);
            return (
              <Line
                key={s.id}
                type="linear"
                dataKey={s.id}
                name={s.label}
                stroke={style.color}
                strokeWidth={peers.length ? scale.stroke * 1.75 : scale.stroke}
                strokeDasharray={style.dash}
                connectNulls={false}
                isAnimationActive={false}
                dot={dots.get(s.id)}
              />
            );
          })}
          {peers.map((l) => {
            const style = styleOf(l.index);
            return (
              <Line
                key={l.key}
                type="linear"
                dataKey={l.key}
                name={`${l.economyLabel}: ${l.indexLabel}`}
                stroke={style.color}
                strokeOpacity={0.55}
                strokeWidth={Math.max(1, scale.stroke * 0.6)}
                strokeDasharray="2 3"
                connectNulls={false}
                isAnimationActive={false}
                dot={peerDot(l, style.color, scale)}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
