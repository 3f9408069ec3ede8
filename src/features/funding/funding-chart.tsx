import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BarValueLabels, valueAxis } from '@/components/chart/axes';
import { CategoryTick } from '@/components/chart/category-tick';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { gridStroke, NO_GRID_LINES, seriesStyle } from '@/components/chart/chart-theme';
import { HatchPattern } from '@/components/chart/hatch-pattern';
import { textWidth, wrapText } from '@/components/chart/measure-text';
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
    const widestLabel = Math.max(...rows.map((r) => textWidth(r.label, fs)));
    const besideWidth = Math.min(widestLabel, frame.plot.width * 0.4) + fs * 0.6;
    const above = frame.plot.width - besideWidth - valueRoom < frame.plot.width * 0.4;
    // An axis 0 px wide draws no ticks at all: 1 px, and the labels are placed above the bars.
    const axisWidth = above ? 1 : besideWidth;
    const lines = new Map(
      rows.map((r) => [
        r.label,
        wrapText(r.label, above ? frame.plot.width : besideWidth - fs * 0.6, fs),
      ]),
    );
    const format = (v: number) => (metric === 'share' ? formatPercent(v) : formatNumber(v, 0));
    const x = valueAxis(
      Math.max(1, ...rows.map((r) => r.value)),
      frame.plot.width - axisWidth - valueRoom,
      fs,
      format,
    );
    const xAxisHeight = Math.round(fs * 1.8);
    const band = (frame.plot.height - xAxisHeight) / Math.max(1, rows.length);
    const barSize = Math.max(
      6,
      Math.min(
        40 * (fs / 14),
        above
          ? band - fs * 1.6 * Math.max(...[...lines.values()].map((l) => l.length))
          : band * 0.7,
      ),
    );
    const area = {
      x: frame.plot.x + axisWidth,
      y: frame.plot.y,
      width: frame.plot.width - axisWidth - valueRoom,
      height: frame.plot.height - xAxisHeight,
    };
    const labels = {
      texts: rows.map((r) => r.text),
      values: rows.map((r) => r.value),
      max: x.domain[1],
      area,
    };
    return { rows, valueRoom, axisWidth, above, lines, x, barSize, labels, xAxisHeight };
  }, [sectors, metric, selected, frame, fs]);

  return (
    <FrameShell frame={frame} spec={spec}>
      <BarChart
        width={frame.width}
        height={frame.height}
        data={layout.rows}
        layout="vertical"
        margin={{ ...frame.margin, right: frame.margin.right + layout.valueRoom }}
        accessibilityLayer
      >
        <HatchPattern id={hatch} color={STYLE.color} />
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
          height={layout.xAxisHeight}
          {...layout.x}
          // The first tick's label is centred on the axis's start: room for its half.
          padding={{
            left: layout.above ? textWidth(layout.x.tickFormatter(0), fs) / 2 : 0,
            right: 0,
          }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={layout.axisWidth}
          interval={0}
          tickLine={false}
          tick={
            <CategoryTick
              lines={layout.lines}
              fontSize={fs}
              place={
                layout.above
                  ? { kind: 'above', at: frame.plot.x, barSize: layout.barSize }
                  : { kind: 'beside' }
              }
            />
          }
        />
        <Tooltip
          contentStyle={{ fontSize: fs }}
          formatter={(_v, _n, item) => (item.payload as { text: string }).text}
        />
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
