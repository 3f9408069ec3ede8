import { Scatter, ScatterChart, XAxis } from 'recharts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { besideWidth, categoryNames, CategoryYAxis } from '@/components/chart/category-tick';
import { useChartEnv } from '@/components/chart/chart-env';
import { FrameShell, useChartFrame, type FrameSpec } from '@/components/chart/chart-frame';
import { seriesStyle, type SeriesStyle } from '@/components/chart/chart-theme';
import { ValueGrid } from '@/components/chart/grid';
import { boxAround, keepApart, textBox } from '@/components/chart/layout';
import { textWidth, wrapText } from '@/components/chart/measure-text';
import { markerPaint, markerPath } from '@/components/chart/series-marker';
import { formatNumber } from '@/lib/format';
import { setViewState as setView } from '@/lib/view-state';
import { dotPoints, type DotPoint } from './dot-points';
import { useDotPointer, type DrawnDot } from './dot-pointer';
import type { Named, UniversitiesData } from './select-universities';

const RANK_TICKS = [1, 20, 40, 60, 80, 100];
const X_DOMAIN = [1, 100];

/** The same shape and colour for a university whatever the filters, from its article order. */
export function universityStyle(all: readonly Named[], id: string): SeriesStyle {
  const index = all.findIndex((u) => u.id === id);
  return seriesStyle(Math.max(0, index));
}

type Placed = DotPoint & DrawnDot & { text: string | null };

/**
 * A dot plot: subjects down the side (above each row where the chart is narrow), world rank
 * across (1, the best, at the left); one marker shape and colour per university, each dot
 * labelled with its rank where the label meets no other. Clicking a dot or a legend item
 * focuses the panel on that university (the legend items are buttons for the keyboard).
 */
export function UniversitiesChart({
  data,
  allUniversities,
  selected,
}: {
  data: UniversitiesData;
  allUniversities: readonly Named[];
  selected: string | null;
}) {
  const { t } = useTranslation();
  const select = (id: string) => void setView({ university: selected === id ? null : id });
  const rowCount = data.subjects.length;
  const env = useChartEnv();
  const narrow = env.box.width < 640;
  const fs = env.scale.fontSize;
  const crowded = narrow || dotPoints(data).some((p) => !p.labelled);
  // On a phone a subject's name sits above its row, on as many lines as the longest needs: each
  // row keeps room for them, so a two-line name never reaches the row above or the chart's top.
  const nameLines = narrow
    ? Math.max(1, ...data.subjects.map((s) => wrapText(s.label, env.box.width * 0.85, fs).length))
    : 1;
  const spec: FrameSpec = {
    legend: {
      label: t('universities.legend'),
      onSelect: select,
      items: allUniversities.map((u) => ({
        key: u.id,
        label: u.label,
        style: universityStyle(allUniversities, u.id),
        active: selected === null || selected === u.id,
      })),
    },
    // Room at the right for the label of a rank near 100.
    margin: { right: textWidth('100', env.scale.labelSize, 600) + env.scale.marker + 8 },
    notes: [
      t('universities.chartKey'),
      ...(crowded ? [t('universities.crowdedKey')] : []),
      ...(env.scale.interactive ? [t('universities.selectHint')] : []),
    ],
    // A row per subject on the page; on a slide or in an export, the box it is given.
    height: Math.max(160, rowCount * (narrow ? 46 + fs * 1.4 * nameLines : 46) + 76),
  };
  const frame = useChartFrame(spec);
  const { scale } = frame.env;
  const layout = useMemo(() => {
    const marker = scale.marker + 1;
    const axisHeight = Math.round(fs * 3.4);
    const names = new Map(data.subjects.map((s, i) => [String(i), s.label]));
    const { width: beside, lines } = categoryNames({
      names,
      above: narrow,
      beside: besideWidth(names, frame.plot.width * 0.3, fs),
      plotWidth: frame.plot.width,
      fontSize: fs,
    });
    const plotHeight = frame.plot.height - axisHeight;
    const band = plotHeight / Math.max(1, rowCount);
    // Above-row labels take the top of each row; the dots sit in the rest.
    const shift = narrow ? (fs * 1.3 * nameLines) / band / 2 : 0;
    const left = frame.plot.x + beside + fs;
    const width = frame.plot.width - beside - fs * 2;
    const xOf = (rank: number) => left + ((rank - 1) / 99) * width;
    const yOf = (y: number) => frame.plot.y + (y + 0.5) * band;
    // Lanes closer together under a name above the row: the offset from the row's centre shrinks.
    const points = dotPoints(data).map((p) => {
      const row = Math.round(p.y);
      return { ...p, y: row + (p.y - row) * (narrow ? 0.6 : 1) + shift };
    });
    const headers = narrow
      ? data.subjects.map((_, i) =>
          textBox(
            lines.get(String(i))?.[0] ?? '',
            frame.plot.x,
            yOf(i) - band / 2 + fs * 1.1,
            fs,
            'start',
          ),
        )
      : [];
    const markers = points.map((p) => boxAround(xOf(p.x), yOf(p.y), marker));
    const label = (p: DotPoint) =>
      textBox(
        formatNumber(p.x, 0),
        xOf(p.x) + marker + 5,
        yOf(p.y) + scale.labelSize * 0.35,
        scale.labelSize,
        'start',
        600,
      );
    // Only rows with room for labels try them (a crowded row would compare thousands in vain).
    const labelled = points.filter((p) => p.labelled);
    const fits = keepApart(labelled.map(label), [...headers, ...markers], 1);
    const kept = new Set(labelled.filter((_, i) => fits[i]));
    // Each dot where it is drawn, and what the pointer and the arrow keys pick: its marker with
    // its label.
    const placed: Placed[] = points.map((p, i) => {
      const text = kept.has(p) ? formatNumber(p.x, 0) : null;
      const box = markers[i] ?? boxAround(xOf(p.x), yOf(p.y), marker);
      const extra = text ? label(p).width + 5 : 0;
      return {
        ...p,
        text,
        cx: xOf(p.x),
        cy: yOf(p.y),
        target: { ...box, width: box.width + extra },
      };
    });
    const barSize = band - fs * (2.7 + 2.3 * (nameLines - 1));
    const place = narrow
      ? { kind: 'above' as const, at: frame.plot.x, barSize }
      : { kind: 'beside' as const };
    const paths = new Map<string, string>();
    const shapes = new Map(
      allUniversities.map((u) => [u.id, universityStyle(allUniversities, u.id)]),
    );
    for (const p of placed) {
      const shape = shapes.get(p.university)?.marker ?? 'circle';
      const d = markerPath(shape, p.cx, p.cy, marker);
      paths.set(p.university, (paths.get(p.university) ?? '') + d);
    }
    const corners = [
      { x: X_DOMAIN[0], y: 0 },
      { x: X_DOMAIN[1], y: rowCount - 1 },
    ];
    return { placed, corners, beside, lines, axisHeight, marker, place, paths };
  }, [data, frame, fs, narrow, rowCount, scale, nameLines, allUniversities]);

  const pointer = useDotPointer(layout.placed, {
    reach: layout.marker * 3,
    onPick: (dot) => select(dot.university),
  });
  const tip = pointer.active;

  return (
    <FrameShell frame={frame} spec={spec}>
      <div className="relative" onKeyDown={pointer.onKeyDown} onBlur={pointer.onBlur}>
        <ScatterChart {...frame.chartProps}>
          <ValueGrid axis="x" />
          <XAxis
            interval={0}
            type="number"
            dataKey="x"
            domain={X_DOMAIN}
            ticks={RANK_TICKS}
            tick={scale.tick}
            allowDecimals={false}
            tickFormatter={(v: number) => formatNumber(v, 0)}
            height={layout.axisHeight}
            padding={{ left: fs, right: fs }}
            label={{
              value: t('universities.axis'),
              position: 'insideBottom',
              fontSize: fs,
              fill: 'var(--color-ink-muted)',
            }}
          />
          <CategoryYAxis
            type="number"
            dataKey="y"
            reversed
            domain={[-0.5, rowCount - 0.5]}
            ticks={data.subjects.map((_, i) => i)}
            width={layout.beside}
            lines={layout.lines}
            place={layout.place}
          />
          {/* Every marker of a university is one path, so a plot of thousands of dots paints
            as quickly as one of dozens; one layer over the plot finds the dot under the pointer. */}
          <g pointerEvents="none">
            {data.universities.map((u) => (
              <path
                key={u.id}
                d={layout.paths.get(u.id)}
                {...markerPaint(universityStyle(allUniversities, u.id))}
                opacity={frame.emphasis({ kind: 'series', id: u.id })}
              />
            ))}
            {layout.placed.map((p, i) =>
              p.text ? (
                <text
                  key={i}
                  x={p.cx + layout.marker + 5}
                  y={p.cy}
                  dy="0.35em"
                  fontSize={scale.labelSize}
                  fontWeight={600}
                  fill="var(--color-ink)"
                  opacity={frame.emphasis({ kind: 'series', id: p.university })}
                >
                  {p.text}
                </text>
              ) : null,
            )}
          </g>
          {/* Recharts draws an axis's ticks only for data on it: the plot's corners, undrawn. */}
          <Scatter data={layout.corners} isAnimationActive={false} shape={() => <g />} />
          {frame.interactive && pointer.layer(frame.plot)}
          {frame.overlay}
        </ScatterChart>
        {tip && (
          <p
            role="status"
            className="pointer-events-none absolute rounded border border-line bg-surface px-2 py-1 whitespace-nowrap text-ink shadow"
            style={{
              fontSize: fs,
              top: tip.cy - fs,
              // Beside the dot, on the side with room, so it stays on a phone's screen.
              left: tip.cx < frame.width / 2 ? tip.cx + layout.marker + 8 : undefined,
              right:
                tip.cx < frame.width / 2 ? undefined : frame.width - tip.cx + layout.marker + 8,
            }}
          >
            {t('universities.tooltip', {
              university: tip.universityLabel,
              subject: tip.subjectLabel,
              rank: formatNumber(tip.x, 0),
            })}
          </p>
        )}
      </div>
    </FrameShell>
  );
}
