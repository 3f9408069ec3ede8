import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import {
  CHART_FONT_SIZE,
  CHART_HEIGHT,
  axisTick,
  gridStroke,
  seriesStyle,
} from '@/components/chart/chart-theme';
import { formatNumber, formatPercent } from '@/lib/format';
import type { FundingData } from './select-funding';

export type FundingMetric = 'share' | 'projects';

/** ITF projects by sector, as a share or as a derived project count; derived bars are hatched. */
export function FundingChart({ data }: { data: FundingData }) {
  const { t } = useTranslation();
  const [metric, setMetric] = useState<FundingMetric>('share');
  const style = seriesStyle(0);
  const rows = data.sectors.map((s) => ({
    label: s.label,
    value: metric === 'share' ? s.share.value : s.projects,
    derived: metric === 'projects' || s.share.derived !== undefined,
  }));
  const format = (v: number) => (metric === 'share' ? formatPercent(v) : `≈${formatNumber(v, 0)}`);

  return (
    <div className="flex flex-col gap-2">
      <div
        role="radiogroup"
        aria-label={t('funding.metricLabel')}
        className="flex flex-wrap items-center gap-3 text-base"
      >
        {(['share', 'projects'] as const).map((option) => (
          <label key={option} className="flex cursor-pointer items-center gap-2">
            <input
              type="radio"
              name="funding-metric"
              value={option}
              checked={metric === option}
              onChange={() => setMetric(option)}
              className="size-4 accent-accent"
            />
            {t(`funding.metric.${option}`)}
          </label>
        ))}
      </div>
      <svg width="0" height="0" aria-hidden="true" className="absolute">
        <defs>
          <pattern
            id="derived-hatch"
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill={style.color} opacity="0.55" />
            <line x1="0" y1="0" x2="0" y2="8" stroke={style.color} strokeWidth="4" />
          </pattern>
        </defs>
      </svg>
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 600, height: CHART_HEIGHT }}
      >
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 72, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={axisTick} tickFormatter={format} />
          <YAxis type="category" dataKey="label" tick={axisTick} width={170} />
          <Tooltip
            contentStyle={{ fontSize: CHART_FONT_SIZE }}
            formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
          />
          <Bar
            dataKey="value"
            name={t(`funding.metric.${metric}`)}
            isAnimationActive={false}
            maxBarSize={40}
          >
            {rows.map((row) => (
              <Cell
                key={row.label}
                fill={row.derived ? 'url(#derived-hatch)' : style.color}
                stroke={style.color}
              />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              fontSize={CHART_FONT_SIZE}
              fill="var(--color-ink)"
              formatter={(v) => (typeof v === 'number' ? format(v) : '')}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <p className="text-sm text-ink-muted">{t('funding.derivedKey')}</p>
    </div>
  );
}
