import { Bar, BarChart, Cell, ReferenceLine, XAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarValueLabels, valueAxis, ValueYAxis } from '@/components/chart/axes';
import { yearBars } from '@/components/chart/bar-layout';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { seriesStyle, type SeriesStyle } from '@/components/chart/chart-theme';
import { RowTextTooltip } from '@/components/chart/chart-tooltip';
import { ValueGrid } from '@/components/chart/grid';
import { HatchPattern } from '@/components/chart/hatch-pattern';
import { inset } from '@/components/chart/layout';
import { textWidth } from '@/components/chart/measure-text';
import { formatFigure, formatPercent } from '@/lib/format';
import type { RndData } from './select-rnd';

const BAR = seriesStyle(0);
const EARLIER: SeriesStyle = { ...BAR, dash: '3 3', marker: 'diamond' };
const BASELINE: SeriesStyle = { ...seriesStyle(1), dash: '8 4' };
const TARGET: SeriesStyle = { ...seriesStyle(3), dash: '3 3' };
const formatAxis = (v: number) => formatPercent(v, 1);

/**
 * C&SD's R&D spending as % of GDP by year, as bars: years before the 2018 method change
 * hatched and set off by a marked line; the article's baseline and target as dashed lines,
 * labelled at the right where there is room (the legend names them everywhere).
 */
export function RndChart({ data }: { data: RndData }) {
  const { t } = useTranslation();
  const year = data.methodChangeYear;
  const hasEarlier = data.rows.some((r) => r.method === 'earlier' && r.figure);
  const showBreak = hasEarlier && data.rows.some((r) => r.method === 'current');
  const baseline = t('rnd.baselineShort', { value: formatFigure(data.baseline, 'percent') });
  const target = t('rnd.targetShort', { value: formatFigure(data.target, 'percent') });
  const gapLabel = t('chart.noFigure');
  const gaps = data.rows.filter((r) => !r.figure).map((r) => r.year);
  const spec: FrameSpec = {
    yTitle: t('rnd.axis'),
    legend: {
      items: [
        ...(hasEarlier
          ? [{ key: 'earlier', label: t('rnd.legendEarlier', { year }), style: EARLIER }]
          : []),
        {
          key: 'current',
          label: t('rnd.legendCurrent', { year }),
          style: { ...BAR, marker: 'square' },
        },
        { key: 'baseline', label: baseline, style: BASELINE },
        { key: 'target', label: target, style: TARGET },
      ],
    },
    notes: [
      ...(hasEarlier ? [t('rnd.chartKey', { year })] : []),
      ...(gaps.length ? [t('chart.gapKey')] : []),
    ],
  };
  const frame = useChartFrame(spec);
  const { scale } = frame.env;
  const fs = scale.fontSize;
  const hatch = `${frame.idPrefix}-earlier`;
  const layout = useMemo(() => {
    const rows = data.rows.map((r) => ({
      year: r.year,
      value: r.figure?.value ?? null,
      // Formatted from the figure itself, so a qualifier in the data would show on the bar.
      text: r.figure ? formatFigure(r.figure, 'percent') : '',
      method: r.method,
      opacity: frame.emphasis({ kind: 'year', year: r.year }),
    }));
    const highest = Math.max(data.target.value, ...rows.map((r) => r.value ?? 0));
    const y = valueAxis(highest, frame.plot.height, fs, formatAxis, scale.labelSize * 2);
    const labelRoom = Math.max(
      textWidth(baseline, scale.labelSize, 600),
      textWidth(target, scale.labelSize, 600),
    );
    // Reference labels at the right only while the bars keep most of the width.
    const labelled = frame.plot.width - y.width - labelRoom > frame.plot.width * 0.6;
    const right = labelled ? labelRoom + scale.labelSize : 0;
    const plotWidth = frame.plot.width - y.width - right;
    const methodLabel = t('rnd.methodLine', { year });
    const methodFits = textWidth(methodLabel, scale.labelSize) < plotWidth * 0.45;
    // The method change's label sits over the plot, in a row of its own.
    const methodTop = showBreak && methodFits ? scale.labelSize * 1.4 : 0;
    const bars = yearBars({
      rows,
      values: rows.map((r) => r.value),
      area: inset(frame.plot, { left: y.width, right, top: methodTop }),
      axis: y,
      fontSize: fs,
      labelSize: scale.labelSize,
      gaps: {
        years: new Set(rows.filter((r) => r.value === null).map((r) => r.year)),
        label: gapLabel,
      },
    });
    return { rows, y, labelled, right, methodLabel, methodFits, methodTop, ...bars };
  }, [data, frame, fs, scale.labelSize, gapLabel, t, year, showBreak, baseline, target]);
  const referenceLabel = (text: string, style: SeriesStyle) =>
    layout.labelled
      ? {
          value: text,
          position: 'right' as const,
          fontSize: scale.labelSize,
          fontWeight: 600,
          fill: style.color,
        }
      : undefined;
  const stroke = Math.max(2, scale.stroke - 1);
  const references = [
    { text: baseline, style: BASELINE, value: data.baseline.value },
    { text: target, style: TARGET, value: data.target.value },
  ];

  return (
    <FrameShell frame={frame} spec={spec}>
      <BarChart
        {...frame.chartProps}
        data={layout.rows}
        margin={{
          ...frame.margin,
          top: frame.margin.top + layout.methodTop,
          right: frame.margin.right + layout.right,
        }}
      >
        <HatchPattern id={hatch} color={BAR.color} opacity={0.25} />
        <ValueGrid axis="y" />
        {frame.yearBand()}
        <XAxis {...layout.xAxis} />
        <ValueYAxis axis={layout.y} />
        <RowTextTooltip />
        {references.map(({ text, style, value }) => (
          <ReferenceLine
            key={text}
            y={value}
            stroke={style.color}
            strokeWidth={stroke}
            strokeDasharray={style.dash}
            label={referenceLabel(text, style)}
          />
        ))}
        {showBreak && (
          // Between the last year of the old method and the first of the new one.
          <ReferenceLine
            x={year}
            position="start"
            stroke="var(--color-ink-muted)"
            strokeWidth={stroke}
            label={
              layout.methodFits
                ? {
                    value: layout.methodLabel,
                    position: 'top',
                    fontSize: scale.labelSize,
                    fill: 'var(--color-ink)',
                  }
                : undefined
            }
          />
        )}
        <Bar
          dataKey="value"
          name={data.labels.csd}
          isAnimationActive={false}
          maxBarSize={56 * (fs / 14)}
        >
          {layout.rows.map((row) => (
            <Cell
              key={row.year}
              fill={row.method === 'earlier' ? `url(#${hatch})` : BAR.color}
              stroke={BAR.color}
              fillOpacity={row.opacity}
            />
          ))}
        </Bar>
        <BarValueLabels {...layout.labels} fontSize={scale.labelSize} />
        {frame.overlay}
      </BarChart>
    </FrameShell>
  );
}
