import { Bar, ComposedChart, Line, XAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarValueLabels, largest, valueAxis, ValueYAxis } from '@/components/chart/axes';
import { yearBars } from '@/components/chart/bar-layout';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { seriesStyle } from '@/components/chart/chart-theme';
import { ChartTooltip } from '@/components/chart/chart-tooltip';
import { ValueGrid } from '@/components/chart/grid';
import { inset } from '@/components/chart/layout';
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
    const startups = rows.map((r) => r.startups);
    const employees = rows.map((r) => r.employees);
    const left = valueAxis(largest(startups), frame.plot.height, fs, formatCount, fs * 1.6);
    const right = valueAxis(largest(employees), frame.plot.height, fs, formatCount);
    const bars = yearBars({
      rows,
      values: startups,
      area: inset(frame.plot, { left: left.width, right: right.width }),
      axis: left,
      fontSize: fs,
      labelSize: scale.labelSize,
      gaps: {
        years: new Set(
          rows.filter((r) => r.startups === null && r.employees === null).map((r) => r.year),
        ),
        label: gapLabel,
      },
    });
    return { rows, left, right, ...bars };
  }, [data, frame, fs, scale.labelSize, gapLabel]);
  const fade = (id: string) => frame.emphasis({ kind: 'series', id });

  return (
    <FrameShell frame={frame} spec={spec}>
      <ComposedChart {...frame.chartProps} data={layout.rows}>
        <ValueGrid axis="y" />
        {frame.yearBand('startups')}
        <XAxis {...layout.xAxis} />
        <ValueYAxis yAxisId="startups" axis={layout.left} />
        <ValueYAxis yAxisId="employees" orientation="right" axis={layout.right} />
        <ChartTooltip
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
