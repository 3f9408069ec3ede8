import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { seriesStyle, useChartScale } from '@/components/chart/chart-theme';
import { HatchPattern } from '@/components/chart/hatch-pattern';
import { formatFigure, formatHkd, formatNumber } from '@/lib/format';
import type { ListingSplit } from './select-biotech';

// Its own id, so another panel's hatch pattern on the same page cannot be picked up instead.
const HATCH_ID = 'biotech-derived-hatch';

interface PairRow {
  id: 'pre-revenue' | 'others';
  label: string;
  value: number;
  text: string;
  derived: boolean;
}

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  index?: number;
}

/** The value above its bar on one line (never wrapped to the bar's width), "(derived)" under it. */
function valueLabel(rows: PairRow[], derivedTag: string, fontSize: number) {
  return function ValueLabel({ x, y, width, index }: LabelProps) {
    const row = index === undefined ? undefined : rows[index];
    if (!row || x === undefined || y === undefined) return null;
    const centre = Number(x) + Number(width ?? 0) / 2;
    const lines = row.derived ? [row.text, derivedTag] : [row.text];
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

/**
 * Two bars on one scale from zero: the published pre-revenue figure and the derived rest
 * (hatched). Both bars carry their value, so no value axis competes for the narrow width.
 */
function PairChart({
  title,
  rows,
  derivedTag,
}: {
  title: string;
  rows: PairRow[];
  derivedTag: string;
}) {
  const style = seriesStyle(0);
  const scale = useChartScale();
  const height = scale.height - 40;
  // Room above the taller bar for its two-line label ("HK$58 billion (derived)") at any font size.
  const top = Math.max(48, scale.fontSize * 3);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <p className="text-base font-medium text-ink">{title}</p>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 300, height }}>
        <BarChart data={rows} margin={{ top, right: 8, bottom: 8, left: 8 }} accessibilityLayer>
          <XAxis dataKey="label" tick={scale.tick} tickLine={false} interval={0} />
          <YAxis hide domain={[0, 'dataMax']} />
          <Tooltip
            contentStyle={{ fontSize: scale.fontSize }}
            formatter={(_v, _n, item) => (item.payload as PairRow).text}
          />
          <Bar dataKey="value" name={title} isAnimationActive={false} maxBarSize={72}>
            {rows.map((row) => (
              <Cell
                key={row.id}
                fill={row.derived ? `url(#${HATCH_ID})` : style.color}
                stroke={style.color}
                data-derived={row.derived}
              />
            ))}
            <LabelList dataKey="text" content={valueLabel(rows, derivedTag, scale.fontSize)} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** 2020 healthcare listings and the funds they raised: pre-revenue companies against the rest. */
export function BiotechChart({ split, regimeYear }: { split: ListingSplit; regimeYear?: string }) {
  const { t } = useTranslation();
  const style = seriesStyle(0);
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

  return (
    <div className="flex flex-col gap-2">
      <HatchPattern id={HATCH_ID} color={style.color} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
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
      </div>
      <p className="text-sm text-ink-muted">
        {regimeYear ? t('biotech.preRevenueKey', { year: regimeYear }) : ''}{' '}
        {t('biotech.derivedKey', {
          listings: formatFigure(split.total.listings, 'count'),
          funds: formatFigure(split.total.funds, 'hkd'),
        })}
      </p>
    </div>
  );
}
