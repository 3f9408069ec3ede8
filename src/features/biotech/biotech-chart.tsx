import { Bar, BarChart, Cell, LabelList, XAxis, YAxis, type LabelProps } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartEnvContext, useChartEnv } from '@/components/chart/chart-env';
import { FrameShell, notesDrawing, useChartFrame } from '@/components/chart/chart-frame';
import { seriesStyle } from '@/components/chart/chart-theme';
import { RowTextTooltip } from '@/components/chart/chart-tooltip';
import { HatchPattern } from '@/components/chart/hatch-pattern';
import { wrapText } from '@/components/chart/measure-text';
import { formatFigure, formatHkd, formatNumber } from '@/lib/format';
import type { ListingSplit } from './select-biotech';

const STYLE = seriesStyle(0);

interface PairRow {
  id: 'pre-revenue' | 'others';
  label: string;
  value: number;
  text: string;
  derived: boolean;
}

/** The value above its bar, on as many lines as the bar's room needs, "(derived)" last. */
function valueLabel(rows: PairRow[], derivedTag: string, fontSize: number, room: number) {
  return function ValueLabel({ x, y, width, index }: LabelProps) {
    const row = index === undefined ? undefined : rows[index];
    if (!row || x === undefined || y === undefined) return null;
    const centre = Number(x) + Number(width ?? 0) / 2;
    const lines = [
      ...wrapText(row.text, room, fontSize, 600),
      ...(row.derived ? [derivedTag] : []),
    ];
    return (
      <text
        x={centre}
        y={Number(y) - 8 - (lines.length - 1) * (fontSize + 2)}
        textAnchor="middle"
        fontSize={fontSize}
        fontWeight={600}
        fill="var(--color-ink)"
      >
        {lines.map((line, i) => (
          <tspan key={line} x={centre} dy={i === 0 ? 0 : fontSize + 2}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

/** Two bars on one scale from zero, both carrying their value, so no value axis is needed. */
function PairChart({
  title,
  rows,
  derivedTag,
}: {
  title: string;
  rows: PairRow[];
  derivedTag: string;
}) {
  const frame = useChartFrame({
    yTitle: title,
    margin: { top: useChartEnv().scale.fontSize * 4.2 },
  });
  const { scale } = frame.env;
  const hatch = `${frame.idPrefix}-derived`;
  const label = useMemo(
    () => valueLabel(rows, derivedTag, scale.fontSize, frame.plot.width / 2 - 8),
    [rows, derivedTag, scale.fontSize, frame.plot.width],
  );
  return (
    <BarChart {...frame.chartProps} data={rows}>
      <HatchPattern id={hatch} color={STYLE.color} />
      <XAxis
        dataKey="label"
        tick={scale.tick}
        tickLine={false}
        interval={0}
        height={scale.fontSize * 1.8}
      />
      <YAxis hide domain={[0, 'dataMax']} />
      <RowTextTooltip />
      <Bar
        dataKey="value"
        name={title}
        isAnimationActive={false}
        maxBarSize={72 * (scale.fontSize / 14)}
      >
        {rows.map((row) => (
          <Cell
            key={row.id}
            fill={row.derived ? `url(#${hatch})` : STYLE.color}
            stroke={STYLE.color}
            data-derived={row.derived}
            opacity={frame.emphasis({ kind: 'category', key: row.id })}
          />
        ))}
        <LabelList dataKey="text" content={label} />
      </Bar>
      {frame.overlay}
    </BarChart>
  );
}

/** 2020 healthcare listings and the funds they raised: pre-revenue companies against the rest. */
export function BiotechChart({ split, regimeYear }: { split: ListingSplit; regimeYear?: string }) {
  const { t } = useTranslation();
  const env = useChartEnv();
  const derivedTag = t('biotech.derivedTag');
  const pair = (pre: number, preText: string, others: number, othersText: string): PairRow[] => [
    {
      id: 'pre-revenue',
      label: t('biotech.preRevenueShort'),
      value: pre,
      text: preText,
      derived: false,
    },
    {
      id: 'others',
      label: t('biotech.othersShort'),
      value: others,
      text: othersText,
      derived: true,
    },
  ];
  const year = split.year === undefined ? '' : String(split.year);
  const regimeKey = regimeYear ? t('biotech.preRevenueKey', { year: regimeYear }) : '';
  const derivedKey = t('biotech.derivedKey', {
    listings: formatFigure(split.total.listings, 'count'),
    funds: formatFigure(split.total.funds, 'hkd'),
  });
  const note = `${regimeKey} ${derivedKey}`.trim();
  // Side by side where there is room, one above the other on a phone; each pair its own box.
  const { box, scale } = env;
  const side = box.width >= 560;
  const gap = scale.fontSize;
  const notes = notesDrawing([note], env);
  const pairHeight = scale.interactive
    ? scale.height - 40
    : side
      ? box.height - notes.height
      : (box.height - notes.height - gap) / 2;
  const pairEnv = useMemo(
    () => ({
      ...env,
      box: { width: side ? (box.width - gap) / 2 : box.width, height: pairHeight },
      scale: { ...scale, height: pairHeight },
    }),
    [env, box.width, side, gap, pairHeight, scale],
  );

  return (
    <FrameShell frame={{ interactive: scale.interactive }} spec={{ notes: [note] }}>
      <div className={side ? 'flex gap-4' : 'flex flex-col gap-4'} style={{ gap }}>
        <ChartEnvContext.Provider value={pairEnv}>
          <PairChart
            title={t('biotech.pairTitle', { label: split.labels.total, year })}
            rows={pair(
              split.preRevenue.listings.value,
              formatFigure(split.preRevenue.listings, 'count'),
              split.others.listings,
              formatNumber(split.others.listings, 0),
            )}
            derivedTag={derivedTag}
          />
          <PairChart
            title={t('biotech.pairTitle', { label: split.labels.totalFunds, year })}
            rows={pair(
              split.preRevenue.funds.value,
              formatFigure(split.preRevenue.funds, 'hkd'),
              split.others.funds,
              formatHkd(split.others.funds),
            )}
            derivedTag={derivedTag}
          />
        </ChartEnvContext.Provider>
      </div>
      {notes.svg}
    </FrameShell>
  );
}
