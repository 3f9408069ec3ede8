import { Bar, BarChart, Cell, XAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarValueLabels } from '@/components/chart/axes';
import { lyingBars } from '@/components/chart/bar-layout';
import { besideWidth, categoryNames, CategoryYAxis } from '@/components/chart/category-tick';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { seriesStyle } from '@/components/chart/chart-theme';
import { RowTextTooltip } from '@/components/chart/chart-tooltip';
import { ValueGrid } from '@/components/chart/grid';
import { HatchPattern } from '@/components/chart/hatch-pattern';
import { inset } from '@/components/chart/layout';
import { textWidth } from '@/components/chart/measure-text';
import { formatNumber, formatPercent } from '@/lib/format';
import { setViewState as setView } from '@/lib/view-state';
import type { SectorShare } from './select-funding';
import { formatSectorValue, type FundingMetric } from './format-sector-value';

const STYLE = seriesStyle(0);

/**
 * ITF projects by sector, as a share or as a derived project count; derived bars are hatched.
 * Sector names sit beside the bars, or above them where the chart is too narrow for both.
 * Clicking a bar (or its button below, for the keyboard) focuses the panel on that sector.
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
  const { t } = useTranslation();
  const spec: FrameSpec = { notes: [t('funding.derivedKey')] };
  const frame = useChartFrame(spec);
  const { scale } = frame.env;
  const fs = scale.fontSize;
  const hatch = `${frame.idPrefix}-derived`;
  const select = (id: string) => void setView({ sector: selected === id ? null : id });
  const layout = useMemo(() => {
    const rows = sectors.map((s) => ({
      id: s.id,
      label: s.label,
      value: metric === 'share' ? s.share.value : s.projects,
      derived: metric === 'projects' || s.share.derived !== undefined,
      text: formatSectorValue(s, metric),
      opacity:
        (selected && selected !== s.id ? 0.3 : 1) * frame.emphasis({ kind: 'category', key: s.id }),
    }));
    const valueRoom = Math.max(...rows.map((r) => textWidth(r.text, fs, 600))) + fs * 0.6;
    const names = new Map(rows.map((r) => [r.label, r.label]));
    const beside = besideWidth(names, frame.plot.width * 0.4, fs);
    const above = frame.plot.width - beside - valueRoom < frame.plot.width * 0.4;
    const { width: axisWidth, lines } = categoryNames({
      names,
      above,
      beside,
      plotWidth: frame.plot.width,
      fontSize: fs,
    });
    const format = (v: number) => (metric === 'share' ? formatPercent(v) : formatNumber(v, 0));
    const xAxisHeight = Math.round(fs * 1.8);
    const area = inset(frame.plot, { left: axisWidth, right: valueRoom, bottom: xAxisHeight });
    const texts = rows.map((r) => r.text);
    const values = rows.map((r) => r.value);
    const bars = lyingBars({ texts, values, area, fontSize: fs, format });
    const band = area.height / Math.max(1, rows.length);
    // Above the bars, the names take their lines out of each band.
    const mostLines = Math.max(...[...lines.values()].map((l) => l.length));
    const room = above ? band - fs * 1.6 * mostLines : band * 0.7;
    const barSize = Math.max(6, Math.min(40 * (fs / 14), room));
    const place = above
      ? { kind: 'above' as const, at: frame.plot.x, barSize }
      : { kind: 'beside' as const };
    return { rows, valueRoom, axisWidth, above, lines, place, barSize, xAxisHeight, ...bars };
  }, [sectors, metric, selected, frame, fs]);

  return (
    <FrameShell frame={frame} spec={spec}>
      <BarChart
        {...frame.chartProps}
        data={layout.rows}
        layout="vertical"
        margin={{ ...frame.margin, right: frame.margin.right + layout.valueRoom }}
      >
        <HatchPattern id={hatch} color={STYLE.color} />
        <ValueGrid axis="x" />
        <XAxis
          interval={0}
          type="number"
          tick={scale.tick}
          height={layout.xAxisHeight}
          {...layout.x}
          // The first tick's label is centred on the axis's start: room for its half.
          padding={{
            left: layout.above ? textWidth(layout.x.tickFormatter(0), fs) / 2 : 0,
            right: 0,
          }}
        />
        <CategoryYAxis
          type="category"
          dataKey="label"
          width={layout.axisWidth}
          lines={layout.lines}
          place={layout.place}
        />
        <RowTextTooltip />
        <Bar
          dataKey="value"
          name={t(`funding.metric.${metric}`)}
          isAnimationActive={false}
          barSize={layout.barSize}
          cursor={frame.interactive ? 'pointer' : undefined}
          onClick={(entry) => {
            const id = (entry as { payload?: { id?: string } }).payload?.id;
            if (id && frame.interactive) select(id);
          }}
        >
          {layout.rows.map((row) => (
            <Cell
              key={row.id}
              fill={row.derived ? `url(#${hatch})` : STYLE.color}
              stroke={STYLE.color}
              opacity={row.opacity}
              data-sector={row.id}
            />
          ))}
        </Bar>
        <BarValueLabels {...layout.labels} fontSize={fs} lying />
        {frame.overlay}
      </BarChart>
      {/* Keyboard route to the same cross-filter as clicking a bar. */}
      {frame.interactive && (
        <div
          className="mt-2 flex flex-wrap gap-2"
          role="group"
          aria-label={t('funding.focusSector')}
        >
          {layout.rows.map((row) => (
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
    </FrameShell>
  );
}
