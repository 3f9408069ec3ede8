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
  gridStroke,
  NO_GRID_LINES,
  seriesStyle,
  useChartScale,
} from '@/components/chart/chart-theme';
import { HatchPattern } from '@/components/chart/hatch-pattern';
import { formatNumber, formatPercent } from '@/lib/format';
import { setViewState as setView } from '@/lib/view-state';
import type { SectorShare } from './select-funding';
import { formatSectorValue, type FundingMetric } from './format-sector-value';
import { useInitialChartWidth } from '@/components/chart/chart-width';

/**
 * ITF projects by sector, as a share or as a derived project count; derived bars are hatched.
 * Clicking a bar (or pressing Enter on it) focuses the panel on that sector; again to undo.
 */
export function FundingChart({
  sectors,
  metric,
  selected,
}: {
  sectors: SectorShare[];
  metric: FundingMetric;
  selected: string | null;
}) {
  const scale = useChartScale();
  const initialWidth = useInitialChartWidth();
  const { t } = useTranslation();
  const style = seriesStyle(0);
  const rows = sectors.map((s) => ({
    id: s.id,
    label: s.label,
    value: metric === 'share' ? s.share.value : s.projects,
    derived: metric === 'projects' || s.share.derived !== undefined,
    text: formatSectorValue(s, metric),
  }));
  const select = (id: string) => void setView({ sector: selected === id ? null : id });

  return (
    <div className="flex flex-col gap-2">
      <HatchPattern id="funding-derived-hatch" color={style.color} />
      <ResponsiveContainer
        width="100%"
        height={scale.height}
        initialDimension={{ width: initialWidth, height: scale.height }}
      >
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 72, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid
            stroke={gridStroke}
            strokeDasharray="3 3"
            horizontal={false}
            horizontalCoordinatesGenerator={NO_GRID_LINES}
          />
          <XAxis
            interval={0}
            type="number"
            tick={scale.tick}
            tickFormatter={(v: number) =>
              metric === 'share' ? formatPercent(v) : formatNumber(v, 0)
            }
          />
          <YAxis
            type="category"
            dataKey="label"
            tick={scale.wrappingTick}
            width={170}
            interval={0}
          />
          <Tooltip
            contentStyle={{ fontSize: scale.fontSize }}
            formatter={(_v, _n, item) => (item.payload as { text: string }).text}
          />
          <Bar
            dataKey="value"
            name={t(`funding.metric.${metric}`)}
            isAnimationActive={false}
            maxBarSize={40}
            cursor="pointer"
            onClick={(entry) => {
              const id = (entry as { payload?: { id?: string } }).payload?.id;
              if (id) select(id);
            }}
          >
            {rows.map((row) => (
              <Cell
                key={row.id}
                fill={row.derived ? 'url(#funding-derived-hatch)' : style.color}
                stroke={style.color}
                opacity={selected && selected !== row.id ? 0.3 : 1}
                data-sector={row.id}
              />
            ))}
            <LabelList
              dataKey="text"
              position="right"
              fontSize={scale.fontSize}
              fill="var(--color-ink)"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {/* Keyboard route to the same cross-filter as clicking a bar. */}
      {scale.interactive && (
        <div className="flex flex-wrap gap-2" role="group" aria-label={t('funding.focusSector')}>
          {rows.map((row) => (
            <button
              key={row.id}
              type="button"
              aria-pressed={selected === row.id}
              onClick={() => select(row.id)}
              className="rounded-full border border-line px-3 py-0.5 text-sm text-ink hover:bg-surface-alt aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-on-accent"
            >
              {row.label}
            </button>
          ))}
        </div>
      )}
      <p className="text-sm text-ink-muted">{t('funding.derivedKey')}</p>
    </div>
  );
}
