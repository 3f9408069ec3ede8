import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { markerPaint, markerPath } from '@/components/chart/series-marker';
import { SvgValueAxis, SvgYearAxis } from '@/components/chart/svg-axes';
import { useColumnPointer } from '@/components/chart/use-column-pointer';
import { RANKING_INDICES, setViewState, useViewKeys, type RankingIndex } from '@/lib/view-state';
import { labelOffset, rankingsLayout, styleOf } from './rankings-layout';
import { RankingsTooltip } from './rankings-tooltip';
import type { ComparisonSeries, RankingMetric as Metric, RankingsData } from './select-rankings';

const NO_LINES: readonly ComparisonSeries[] = [];

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

  const layout = useMemo(
    () => rankingsLayout(data, metric, peers, frame.plot, scale),
    [data, metric, peers, frame.plot, scale],
  );

  const pointer = useColumnPointer(
    layout.xs,
    `${metric}|${layout.rows.map((r) => r.year).join()}|${layout.series.length}|${peers.length}`,
  );
  const active = pointer.active;
  const activeX = active === null ? null : (layout.xs[active] ?? null);
  const band = frame.env.highlight?.target;
  const bandX =
    band?.kind === 'year'
      ? layout.xs[layout.rows.findIndex((r) => r.year === band.year)]
      : undefined;
  const plot = {
    x: layout.left,
    y: frame.plot.y,
    width: layout.right - layout.left,
    height: layout.plotBottom - frame.plot.y,
  };
  const peerSize = Math.max(3, Math.round(scale.marker * 0.6));

  return (
    <FrameShell frame={frame} spec={spec}>
      <div className="relative" onKeyDown={pointer.onKeyDown} onBlur={pointer.onBlur}>
        <svg
          width={frame.width}
          height={frame.height}
          viewBox={`0 0 ${frame.width} ${frame.height}`}
          className="block"
          data-chart-svg=""
          {...(frame.interactive
            ? { tabIndex: 0, role: 'application', 'aria-label': t('rankings.chartLabel') }
            : {})}
        >
          <SvgValueAxis ticks={layout.yTicks} left={layout.left} right={layout.right} />
          {bandX !== undefined && (
            // The year's column, cut at the plot's edges (the first and last years sit at them).
            <rect
              x={Math.max(plot.x, bandX - layout.step / 2)}
              y={plot.y}
              width={
                Math.min(plot.x + plot.width, bandX + layout.step / 2) -
                Math.max(plot.x, bandX - layout.step / 2)
              }
              height={plot.height}
              fill="var(--color-accent)"
              fillOpacity={0.12}
            />
          )}
          <SvgYearAxis
            ticks={layout.xTicks}
            top={layout.plotBottom}
            left={layout.left}
            right={layout.right}
            format={layout.yearFormat}
          />
          {activeX !== null && (
            <line
              x1={activeX}
              x2={activeX}
              y1={plot.y}
              y2={layout.plotBottom}
              stroke="var(--color-ink-muted)"
              strokeWidth={1}
            />
          )}
          {layout.peerLines.map(({ line, path, at }) => {
            const style = {
              color: styleOf(line.index).color,
              dash: undefined,
              marker: line.marker,
            };
            return (
              <g key={line.key} data-series={line.key}>
                <path
                  d={path}
                  fill="none"
                  stroke={style.color}
                  strokeOpacity={0.55}
                  strokeWidth={Math.max(1, scale.stroke * 0.6)}
                  strokeDasharray="2 3"
                />
                <path
                  d={at.map((p) => (p ? markerPath(line.marker, p.x, p.y, peerSize) : '')).join('')}
                  {...markerPaint(style)}
                  opacity={0.75}
                />
              </g>
            );
          })}
          {layout.series.map(({ id, line, points }) => {
            const style = styleOf(id);
            const emphasis = frame.emphasis({ kind: 'series', id });
            return (
              <g key={id} data-series={id}>
                <path
                  d={line}
                  fill="none"
                  stroke={style.color}
                  strokeOpacity={emphasis}
                  strokeWidth={peers.length ? scale.stroke * 1.75 : scale.stroke}
                  strokeDasharray={style.dash}
                  strokeLinejoin="round"
                />
                <path
                  d={points.map((p) => markerPath(style.marker, p.x, p.y, scale.marker)).join('')}
                  {...markerPaint(style)}
                  opacity={emphasis}
                />
              </g>
            );
          })}
          <g className="chart-point-labels">
            {layout.labels.map(({ id, label, x, y }) => (
              <text
                key={`${id}-${x}`}
                x={x}
                y={y + labelOffset(scale, label.above)}
                textAnchor="middle"
                fontSize={scale.labelSize}
                fill={styleOf(id).color}
                fontWeight={600}
                opacity={frame.emphasis({ kind: 'series', id })}
              >
                {label.text}
              </text>
            ))}
          </g>
          {frame.interactive && pointer.layer(plot)}
          {frame.overlay}
        </svg>
        {active !== null && activeX !== null && (
          <RankingsTooltip
            row={layout.rows[active]}
            series={data.series}
            peers={peers.map((line, k) => ({ line, text: layout.peerValues[k]?.[active]?.text }))}
            x={activeX}
            y={plot.y}
            width={frame.width}
            fontSize={fs}
          />
        )}
      </div>
    </FrameShell>
  );
}
