import { Bar, BarChart, Cell, XAxis, YAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarValueLabels, largest, valueAxis, ValueYAxis } from '@/components/chart/axes';
import { lyingBars, yearBars } from '@/components/chart/bar-layout';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { seriesStyle } from '@/components/chart/chart-theme';
import { RowTextTooltip } from '@/components/chart/chart-tooltip';
import { ValueGrid } from '@/components/chart/grid';
import { inset } from '@/components/chart/layout';
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
    const widest = Math.max(...rows.map((r) => textWidth(r.text || gapLabel, fs, 600)));
    if (plot.width / Math.max(1, rows.length) < widest + fs) {
      // Lying bars: the years down the side, each value after its bar.
      const yearWidth = textWidth('2020', fs) + fs * 0.6;
      const right = widest + fs;
      const area = inset(plot, { left: yearWidth, right });
      const texts = rows.map((r) => r.text);
      const bars = lyingBars({ texts, values, area, fontSize: fs, format: formatCount });
      return { lying: true as const, rows, yearWidth, right, ...bars };
    }
    const y = valueAxis(largest(values), plot.height, fs, formatCount, fs * 2);
    const gapYears = new Set(rows.filter((r) => r.count === null).map((r) => r.year));
    const bars = yearBars({
      rows,
      values,
      area: inset(plot, { left: y.width }),
      axis: y,
      fontSize: fs,
      labelSize: fs,
      gaps: { years: gapYears, label: gapLabel },
    });
    return { lying: false as const, rows, y, ...bars };
  }, [data, frame, fs, gapLabel]);

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
          {...frame.chartProps}
          data={layout.rows}
          layout="vertical"
          margin={{ ...frame.margin, right: frame.margin.right + layout.right }}
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
          <RowTextTooltip fallback={gapLabel} />
          {bar}
          {labels}
          {frame.overlay}
        </BarChart>
      ) : (
        <BarChart {...frame.chartProps} data={layout.rows}>
          <ValueGrid axis="y" />
          {frame.yearBand()}
          <XAxis {...layout.xAxis} />
          <ValueYAxis axis={layout.y} />
          <RowTextTooltip fallback={gapLabel} />
          {bar}
          {labels}
          {frame.overlay}
        </BarChart>
      )}
    </FrameShell>
  );
}
