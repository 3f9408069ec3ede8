import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bandLabels, valueAxis, yearXAxis } from '@/components/chart/axes';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { gridStroke, NO_GRID_LINES, seriesStyle } from '@/components/chart/chart-theme';
import { textWidth } from '@/components/chart/measure-text';
import { ValueLabel } from '@/components/chart/value-label';
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
    const rows = data.rows.map((r) => ({
      year: r.year,
      count: r.count?.value ?? null,
      text: r.count ? formatFigure(r.count, 'count') : '',
      opacity: frame.emphasis({ kind: 'year', year: r.year }),
    }));
    const max = Math.max(1, ...rows.map((r) => r.count ?? 0));
    const widest = Math.max(...rows.map((r) => textWidth(r.text || gapLabel, fs, 600)));
    const lying = frame.plot.width / Math.max(1, rows.length) < widest + fs;
    if (lying) {
      const yearWidth = textWidth('2020', fs) + fs * 0.6;
      const bars = frame.plot.width - yearWidth - widest - fs;
      const x = valueAxis(max, bars, fs, formatCount);
      return { lying, rows, x, yearWidth, right: widest + fs };
    }
    const y = valueAxis(max, frame.plot.height, fs, formatCount, fs * 2);
    const plotWidth = frame.plot.width - y.width;
    const gaps = {
      years: new Set(rows.filter((r) => r.count === null).map((r) => r.year)),
      label: gapLabel,
    };
    const xAxis = yearXAxis(
      rows.map((r) => r.year),
      plotWidth,
      fs,
      gaps,
    );
    const shown = bandLabels(
      rows.map((r) => r.text),
      0,
      plotWidth,
      fs,
    );
    return { lying, rows: rows.map((r, i) => ({ ...r, text: shown[i] ? r.text : '' })), y, xAxis };
  }, [data, frame, fs, gapLabel]);

  const tooltip = (
    <Tooltip
      contentStyle={{ fontSize: fs }}
      formatter={(_v, name, item) => [(item.payload as { text: string }).text || gapLabel, name]}
    />
  );
  const bar = (position: 'top' | 'right') => (
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
      <LabelList
        dataKey="text"
        position={position}
        content={<ValueLabel fontSize={fs} position={position} />}
      />
    </Bar>
  );
  return (
    <FrameShell frame={frame} spec={spec}>
      {layout.lying ? (
        <BarChart
          width={frame.width}
          height={frame.height}
          data={layout.rows}
          layout="vertical"
          margin={{ ...frame.margin, right: frame.margin.right + (layout.right ?? 0) }}
          accessibilityLayer
        >
          <XAxis type="number" hide domain={layout.x?.domain} />
          <YAxis
            type="category"
            dataKey="year"
            tick={scale.tick}
            tickLine={false}
            width={layout.yearWidth}
            interval={0}
          />
          {tooltip}
          {bar('right')}
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
          {bar('top')}
          {frame.overlay}
        </BarChart>
      )}
    </FrameShell>
  );
}
