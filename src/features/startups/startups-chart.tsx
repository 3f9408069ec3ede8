import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarValueLabels, bandLabels, valueAxis, yearXAxis } from '@/components/chart/axes';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { gridStroke, NO_GRID_LINES, seriesStyle } from '@/components/chart/chart-theme';
import { seriesDot } from '@/components/chart/series-marker';
import { formatFigure, formatNumber } from '@/lib/format';
import type { StartupsData } from './select-startups';

const BARS = seriesStyle(0);
const LINE = seriesStyle(1);
const formatCount = (v: number) => formatNumber(v, 0);

/** Start-ups as bars (left axis), their employees as a line (right axis); missing years marked. */
export function StartupsChart({ data }: { data: StartupsData }) {
  const { t } = useTranslation();
  const gapLabel = t('chart.noFigure');
  const gapYears = data.rows.filter((r) => !r.startups && !r.employees).map((r) => r.year);
  const spec: FrameSpec = {
    legend: {
      items: [
        {
          key: 'startups',
          label: t('startups.leftAxis', { label: data.labels.startups }),
          style: { ...BARS, marker: 'square' },
        },
        {
          key: 'employees',
          label: t('startups.rightAxis', { label: data.labels.employees }),
          style: LINE,
        },
      ],
    },
    notes: gapYears.length ? [t('chart.gapKey')] : [],
  };
  const frame = useChartFrame(spec);
  const { scale, highlight } = frame.env;
  const fs = scale.fontSize;
  const layout = useMemo(() => {
    const rows = data.rows.map((r) => ({
      year: r.year,
      startups: r.startups?.value ?? null,
      employees: r.employees?.value ?? null,
      text: r.startups ? formatFigure(r.startups, 'count') : '',
    }));
    const left = valueAxis(
      Math.max(1, ...rows.map((r) => r.startups ?? 0)),
      frame.plot.height,
      fs,
      formatCount,
      fs * 1.6,
    );
    const right = valueAxis(
      Math.max(1, ...rows.map((r) => r.employees ?? 0)),
      frame.plot.height,
      fs,
      formatCount,
    );
    const plotWidth = frame.plot.width - left.width - right.width;
    const xAxis = yearXAxis(
      rows.map((r) => r.year),
      plotWidth,
      fs,
      { years: new Set(gapYears), label: gapLabel },
    );
    const shown = bandLabels(
      rows.map((r) => r.text),
      0,
      plotWidth,
      scale.labelSize,
    );
    const labels = {
      texts: rows.map((r, i) => (shown[i] ? r.text : '')),
      values: rows.map((r) => r.startups),
      max: left.domain[1],
      area: {
        x: frame.plot.x + left.width,
        y: frame.plot.y,
        width: plotWidth,
        height: frame.plot.height - xAxis.height,
      },
    };
    return { rows, left, right, xAxis, labels };
    // gapYears follows data.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- gapYears is derived from data
  }, [data, frame, fs, scale.labelSize, gapLabel]);
  const fade = (id: string) => frame.emphasis({ kind: 'series', id });

  return (
    <FrameShell frame={frame} spec={spec}>
      <ComposedChart
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
        {frame.yearBand('startups')}
        <XAxis {...layout.xAxis} />
        <YAxis interval={0} yAxisId="startups" tick={scale.tick} {...layout.left} />
        <YAxis
          interval={0}
          yAxisId="employees"
          orientation="right"
          tick={scale.tick}
          {...layout.right}
        />
        <Tooltip
          contentStyle={{ fontSize: fs }}
          formatter={(value, name, item) => {
            const row = data.rows.find((r) => r.year === (item.payload as { year: number }).year);
            const obs = item.dataKey === 'startups' ? row?.startups : row?.employees;
            return [obs ? formatFigure(obs, 'count') : String(value), name];
          }}
        />
        <Bar
          yAxisId="startups"
          dataKey="startups"
          name={data.labels.startups}
          fill={BARS.color}
          fillOpacity={highlight?.target.kind === 'series' ? fade('startups') : 1}
          isAnimationActive={false}
          maxBarSize={56 * (fs / 14)}
        />
        <Line
          yAxisId="employees"
          dataKey="employees"
          name={data.labels.employees}
          stroke={LINE.color}
          strokeOpacity={fade('employees')}
          strokeWidth={scale.stroke}
          strokeDasharray={LINE.dash}
          connectNulls={false}
          isAnimationActive={false}
          dot={seriesDot(LINE)}
        />
        <BarValueLabels {...layout.labels} fontSize={scale.labelSize} />
        {frame.overlay}
      </ComposedChart>
    </FrameShell>
  );
}
