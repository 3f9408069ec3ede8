import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarValueLabels, bandLabels, valueAxis, yearXAxis } from '@/components/chart/axes';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { gridStroke, NO_GRID_LINES, seriesStyle } from '@/components/chart/chart-theme';
import { textWidth } from '@/components/chart/measure-text';
import { formatFigure, formatNumber } from '@/lib/format';
import type { FintechData } from './select-fintech';

const STYLE = seriesStyle(2);
const formatCount = (v: number) => formatNumber(v, 0);

/**
 * Fintech start-ups per year; each bar labelled with the figure as published ("600+"). Where
 * the years are too narrow for their labels the bars lie down, one year a row.
 */
export function FintechChart({ data }: { data: FintechData }) {
  const { t } = useTranslation();
  const gapLabel = t('chart.noFigure');
  const spec: FrameSpec = {
    yTitle: data.label,
    notes: data.rows.some((r) => !r.count) ? [t('chart.gapKey')] : [],
  };
  const frame = useChartFrame(spec);
  const { scale } = frame.env;
  const fs = scale.fontSize;
  const layout = useMemo(() => {
    const { plot } = frame;
    const rows = data.rows.map((r) => ({
      year: r.year,
      count: r.count?.value ?? null,
      text: r.count ? formatFigure(r.count, 'count') : '',
      opacity: frame.emphasis({ kind: 'year', year: r.year }),
    }));
    const values = rows.map((r) => r.count);
    const max = Math.max(1, ...rows.map((r) => r.count ?? 0));
    const widest = Math.max(...rows.map((r) => textWidth(r.text || gapLabel, fs, 600)));
    if (plot.width / Math.max(1, rows.length) < widest + fs) {
      // Lying bars: the years down the side, each value after its bar.
      const yearWidth = textWidth('2020', fs) + fs * 0.6;
      const right = widest + fs;
      const x = valueAxis(max, plot.width - yearWidth - right, fs, formatCount);
      const area = { ...plot, x: plot.x + yearWidth, width: plot.width - yearWidth - right };
      const labels = { texts: rows.map((r) => r.text), values, max: x.domain[1], area };
      return { lying: true as const, rows, x, yearWidth, right, labels };
    }
    const y = valueAxis(max, plot.height, fs, formatCount, fs * 2);
    const width = plot.width - y.width;
    const gaps = {
      years: new Set(rows.filter((r) => r.count === null).map((r) => r.year)),
      label: gapLabel,
    };
    const xAxis = yearXAxis(
      rows.map((r) => r.year),
      width,
      fs,
      gaps,
    );
    const shown = bandLabels(
      rows.map((r) => r.text),
      0,
      width,
      fs,
    );
    const area = { x: plot.x + y.width, y: plot.y, width, height: plot.height - xAxis.height };
    const texts = rows.map((r, i) => (shown[i] ? r.text : ''));
    return {
      lying: false as const,
      rows,
      y,
      xAxis,
      labels: { texts, values, max: y.domain[1], area },
    };
  }, [data, frame, fs, gapLabel]);

  const tooltip = (
    <Tooltip
      contentStyle={{ fontSize: fs }}
      formatter={(_v, name, item) => [(item.payload as { text: string }).text || gapLabel, name]}
    />
  );
  const bar = (
    <Bar
      dataKey="count"
      name={data.label}
      fill={STYLE.color}
      isAnimationActive={false}
      maxBarSize={64 * (fs / 14)}
    >
      {layout.rows.map((row) => (
        <Cell key={row.year} fillOpacity={row.opacity} />
      ))}
    </Bar>
  );
  const labels = <BarValueLabels {...layout.labels} fontSize={fs} lying={layout.lying} />;
  return (
    <FrameShell frame={frame} spec={spec}>
      {layout.lying ? (
        <BarChart
          width={frame.width}
          height={frame.height}
          data={layout.rows}
          layout="vertical"
          margin={{ ...frame.margin, right: frame.margin.right + layout.right }}
          accessibilityLayer
        >
          <XAxis type="number" hide domain={layout.x.domain} />
          <YAxis
            type="category"
            dataKey="year"
            tick={scale.tick}
            tickLine={false}
            width={layout.yearWidth}
            interval={0}
          />
          {tooltip}
          {bar}
          {labels}
          {frame.overlay}
        </BarChart>
      ) : (
        <BarChart
          width={frame.width}
          height={frame.height}
          data={layout.rows}
          margin={frame.margin}
          accessibilityLayer
        >
          <CartesianGrid
            stroke={gridStroke}
            strokeDasharray="3 3"
            vertical={false}
            verticalCoordinatesGenerator={NO_GRID_LINES}
          />
          {frame.yearBand()}
          <XAxis {...layout.xAxis} />
          <YAxis interval={0} tick={scale.tick} {...layout.y} />
          {tooltip}
          {bar}
          {labels}
          {frame.overlay}
        </BarChart>
      )}
    </FrameShell>
  );
}
