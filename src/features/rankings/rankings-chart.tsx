import { Line, LineChart, type TooltipProps, XAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ValueYAxis, yearXAxis, type ValueAxis } from '@/components/chart/axes';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { seriesStyle, type ChartScale } from '@/components/chart/chart-theme';
import { ChartTooltip } from '@/components/chart/chart-tooltip';
import { ValueGrid } from '@/components/chart/grid';
import { axisWidth, boxAround, keepApart, textBox } from '@/components/chart/layout';
import { SeriesMarker } from '@/components/chart/series-marker';
import { formatPercent } from '@/lib/format';
import { RANKING_INDICES, setViewState, useViewKeys, type RankingIndex } from '@/lib/view-state';
import {
  pointLabel,
  pointValue,
  RANKING_SERIES,
  type ComparisonSeries,
  type RankingMetric as Metric,
  type RankingSeriesId,
  type RankingsData,
} from './select-rankings';

/** A point's label ("11 / 131"), and whether it sits above its marker or below. */
interface PointLabel {
  text: string;
  above: boolean;
}

type ChartRow = { year: number; labels: Partial<Record<RankingSeriesId, PointLabel>> } & Partial<
  Record<RankingSeriesId, number | null>
>;

const NO_LINES: readonly ComparisonSeries[] = [];

const styleOf = (id: RankingSeriesId) => seriesStyle(RANKING_SERIES.indexOf(id));

/** The tooltip shows a point as its label does ("11 / 131"), dropped labels included. */
const tooltipFormatter: NonNullable<TooltipProps['formatter']> = (value, _name, item) => {
  const row = item.payload as ChartRow & { all: ChartRow['labels'] };
  return row.all[item.dataKey as RankingSeriesId]?.text ?? String(value);
};

const labelOffset = (scale: ChartScale, above: boolean) =>
  above ? -(scale.marker + 6) : scale.marker + scale.labelSize + 4;

/**
 * Each point's marker and its label in one shape: recharts' LabelList would add a component per
 * point. It reads the label from the point's row, so it changes only with the chart's scale.
 */
function labelledDot(id: RankingSeriesId, scale: ChartScale) {
  const style = styleOf(id);
  return function LabelledDot({
    cx,
    cy,
    index,
    payload,
  }: {
    cx?: number;
    cy?: number;
    index?: number;
    payload?: ChartRow;
  }) {
    if (cx === undefined || cy === undefined || typeof payload?.[id] !== 'number')
      return <g key={index} />;
    const label = payload.labels[id];
    return (
      <g key={index}>
        <SeriesMarker cx={cx} cy={cy} style={style} />
        {label && (
          <text
            x={cx}
            y={cy + labelOffset(scale, label.above)}
            textAnchor="middle"
            fontSize={scale.labelSize}
            fill={style.color}
            fontWeight={600}
          >
            {label.text}
          </text>
        )}
      </g>
    );
  };
}

/** A peer's point: a small, muted marker in its economy's shape and its index's colour. */
function peerDot(line: ComparisonSeries, color: string, scale: ChartScale) {
  const style = { color, dash: undefined, marker: line.marker };
  const size = Math.max(3, Math.round(scale.marker * 0.6));
  return function PeerDot({ cx, cy, index }: { cx?: number; cy?: number; index?: number }) {
    if (cx === undefined || cy === undefined) return <g key={index} />;
    return (
      <g key={index} opacity={0.75}>
        <SeriesMarker cx={cx} cy={cy} style={style} size={size} />
      </g>
    );
  };
}

/** Where two indices share a year, the better rank is labelled above its point, the other below. */
function labelAbove(row: ChartRow, id: RankingSeriesId, order: number, others: RankingSeriesId[]) {
  const own = row[id];
  const rival = others.map((o) => row[o]).find((v): v is number => typeof v === 'number');
  if (typeof own !== 'number' || rival === undefined) return order === 0;
  return own === rival ? order === 0 : own < rival;
}

/**
 * Rank 1 at the top; each point labelled "11 / 131" (or its share of economies ranked) where
 * the labels do not collide; missing years break the line. Legend items toggle the indices.
 */
export function RankingsChart({
  data,
  allSeries,
  metric,
  lines = NO_LINES,
}: {
  data: RankingsData;
  allSeries: RankingsData['series'];
  metric: Metric;
  /** The select layer's lines; peers (emphasis "peer") are drawn thinner and muted. */
  lines?: readonly ComparisonSeries[];
}) {
  const { t } = useTranslation();
  const peers = useMemo(() => lines.filter((l) => l.emphasis === 'peer'), [lines]);
  const view = useViewKeys(['index']);
  const toggle = (key: string) => {
    // Peers' legend items name economies, which the index filter does not hold.
    if (!(RANKING_INDICES as readonly string[]).includes(key)) return;
    const id = key as RankingIndex;
    const next = view.index.includes(id) ? view.index.filter((i) => i !== id) : [...view.index, id];
    // Clicking the only series left shows all of them again rather than an empty chart.
    void setViewState({
      index: next.length ? RANKING_INDICES.filter((i) => next.includes(i)) : null,
    });
  };
  const spec: FrameSpec = {
    yTitle: t(metric === 'rank' ? 'rankings.axis' : 'rankings.axisPercent'),
    legend: {
      label: t('rankings.legend'),
      onSelect: toggle,
      items: [
        ...allSeries.map((s) => ({
          key: s.id,
          label: s.label,
          style: styleOf(s.id),
          active: data.series.some((d) => d.id === s.id),
        })),
        ...[...new Map(peers.map((l) => [l.economy, l] as const)).values()].map((l) => ({
          key: l.economy,
          label: l.economyLabel,
          style: { color: 'var(--color-ink-muted)', dash: '2 3', marker: l.marker },
        })),
      ],
    },
  };
  const frame = useChartFrame(spec);
  const { scale } = frame.env;
  const fs = scale.fontSize;

  const layout = useMemo(() => {
    const ids = data.series.map((series) => series.id);
    const rows: Array<ChartRow & { all: ChartRow['labels'] }> = data.rows.map((row) => {
      const values = Object.fromEntries(ids.map((id) => [id, pointValue(row.ranks[id], metric)]));
      const chartRow = { year: row.year, labels: {}, all: {}, ...values } as ChartRow & {
        all: ChartRow['labels'];
      };
      ids.forEach((id, order) => {
        const point = row.ranks[id];
        const others = ids.filter((o) => o !== id);
        if (point && typeof chartRow[id] === 'number')
          chartRow.all[id] = {
            text: pointLabel(point, metric),
            above: labelAbove(chartRow, id, order, others),
          };
      });
      for (const line of peers)
        (chartRow as Record<string, unknown>)[line.key] = pointValue(line.point(row), metric);
      return chartRow;
    });
    const worst = Math.max(
      1,
      ...rows.flatMap((r) => [
        ...ids.map((id) => r[id] ?? 0),
        ...peers.map((l) => Number((r as Record<string, unknown>)[l.key] ?? 0)),
      ]),
    );
    const step = metric === 'rank' ? (worst > 60 ? 20 : worst > 30 ? 10 : 5) : worst > 50 ? 20 : 10;
    const bottom = Math.max(step * 2, Math.ceil((worst * 1.1 + 1) / step) * step);
    const ticks = [
      metric === 'rank' ? 1 : 0,
      ...Array.from({ length: bottom / step }, (_, i) => (i + 1) * step),
    ];
    const format = (v: number) => (metric === 'rank' ? String(v) : formatPercent(v));
    const top = ticks[0] ?? 0;
    const yAxis: ValueAxis = {
      domain: [top, bottom],
      ticks,
      width: axisWidth(ticks.map(format), fs),
      tickFormatter: format,
    };
    const pad = Math.min(24, frame.plot.width * 0.04) + scale.labelSize;
    const plotWidth = frame.plot.width - yAxis.width;
    const years = rows.map((r) => r.year);
    const xAxis = yearXAxis(years, plotWidth - 2 * pad, fs);
    const plotHeight = frame.plot.height - xAxis.height;
    const at = (i: number) =>
      frame.plot.x +
      yAxis.width +
      pad +
      (rows.length > 1
        ? (i * (plotWidth - 2 * pad)) / (rows.length - 1)
        : (plotWidth - 2 * pad) / 2);
    const yOf = (v: number) => frame.plot.y + ((v - top) / (bottom - top)) * plotHeight;
    // Every label's box in the svg, then those that would touch a marker or another label are
    // dropped: the latest year first, as it is the one a reader looks for. (A point has a label
    // exactly where it has a value, so the labelled points are all the markers.)
    const points = rows.flatMap((row, i) =>
      ids.flatMap((id) => {
        const label = row.all[id];
        const v = row[id];
        return label && typeof v === 'number' ? [{ row, id, label, x: at(i), y: yOf(v) }] : [];
      }),
    );
    const ordered = [...points].reverse();
    const boxes = ordered.map(({ label, x, y }) =>
      textBox(label.text, x, y + labelOffset(scale, label.above), scale.labelSize, 'middle', 600),
    );
    const markers = points.map((p) => boxAround(p.x, p.y, scale.marker));
    const kept = keepApart(boxes, markers);
    ordered.forEach((p, k) => {
      if (kept[k]) p.row.labels[p.id] = p.label;
    });
    return { rows, yAxis, xAxis, pad };
  }, [data, metric, frame, fs, scale, peers]);
  const dots = useMemo(
    () => new Map(RANKING_SERIES.map((id) => [id, labelledDot(id, scale)])),
    [scale],
  );

  return (
    <FrameShell frame={frame} spec={spec}>
      <LineChart {...frame.chartProps} data={layout.rows}>
        <ValueGrid axis="y" />
        {frame.yearBand()}
        <XAxis {...layout.xAxis} padding={{ left: layout.pad, right: layout.pad }} />
        <ValueYAxis axis={layout.yAxis} reversed allowDecimals={false} />
        <ChartTooltip formatter={tooltipFormatter} />
        {data.series.map((s) => {
          const style = styleOf(s.id);
          return (
            <Line
              key={s.id}
              type="linear"
              dataKey={s.id}
              name={s.label}
              stroke={style.color}
              strokeOpacity={frame.emphasis({ kind: 'series', id: s.id })}
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
        {frame.overlay}
      </LineChart>
    </FrameShell>
  );
}
