import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import {
  CHART_FONT_SIZE,
  gridStroke,
  NO_GRID_LINES,
  seriesStyle,
  useChartScale,
  type SeriesStyle,
} from '@/components/chart/chart-theme';
import { SeriesMarker } from '@/components/chart/series-marker';
import { ChartLegend } from '@/components/chart/chart-legend';
import { formatNumber } from '@/lib/format';
import { setViewState as setView } from '@/lib/view-state';
import { dotPoints, type DotPoint } from './dot-points';
import type { Named, UniversitiesData } from './select-universities';
import { useInitialChartWidth } from '@/components/chart/chart-width';

/** Dashboard sizes, scaled with the font on slides. */
const ROW_HEIGHT = 46;
const AXIS_SPACE = 76;
const SUBJECT_AXIS_WIDTH = 186;
/** Subject names wrap at this many characters: two lines at most for the article's subjects. */
const SUBJECT_LINE_CHARS = 24;
const RANK_TICKS = [1, 20, 40, 60, 80, 100];

/** The same shape and colour for a university whatever the filters, from its article order. */
export function universityStyle(all: readonly Named[], id: string): SeriesStyle {
  return seriesStyle(
    Math.max(
      0,
      all.findIndex((u) => u.id === id),
    ),
  );
}

/** Splits a long subject name over lines of about `max` characters, at spaces. */
function wrapWords(text: string, max: number): string[] {
  return text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);
}

function SubjectTick({
  x,
  y,
  payload,
  labels,
  fontSize,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: number | string };
  labels: readonly string[];
  fontSize: number;
}) {
  if (x === undefined || y === undefined || !payload) return null;
  const lines = wrapWords(labels[Number(payload.value)] ?? '', SUBJECT_LINE_CHARS);
  const firstDy = 0.35 - ((lines.length - 1) * 1.15) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={fontSize} fill="var(--color-ink)">
      {lines.map((line, i) => (
        <tspan key={`${i}-${line}`} x={Number(x)} dy={`${i === 0 ? firstDy : 1.15}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A dot plot: subjects down the side, world rank across (1, the best, at the left); one marker
 * shape and colour per university, each dot labelled with its rank. Clicking a dot or a legend
 * item focuses the panel on that university (the legend items are buttons for the keyboard).
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
  const scale = useChartScale();
  const initialWidth = useInitialChartWidth();
  const { t } = useTranslation();
  const points = dotPoints(data);
  const crowded = points.some((p) => !p.labelled);
  const select = (id: string) => void setView({ university: selected === id ? null : id });
  const factor = scale.fontSize / CHART_FONT_SIZE;
  const marker = scale.marker + 1;
  // A row per subject on the dashboard; on a slide, all the room the slide gives.
  const height = scale.interactive
    ? Math.max(160, (data.subjects.length * ROW_HEIGHT + AXIS_SPACE) * factor)
    : scale.height;

  return (
    <div className="flex flex-col gap-2">
      <ChartLegend
        label={t('universities.legend')}
        onSelect={scale.interactive ? select : undefined}
        items={allUniversities.map((u) => ({
          key: u.id,
          label: u.label,
          style: universityStyle(allUniversities, u.id),
          active: selected === null || selected === u.id,
        }))}
      />
      <ResponsiveContainer
        width="100%"
        height={height}
        initialDimension={{ width: initialWidth, height }}
      >
        <ScatterChart margin={{ top: 8, right: 28, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid
            stroke={gridStroke}
            strokeDasharray="3 3"
            horizontal={false}
            horizontalCoordinatesGenerator={NO_GRID_LINES}
          />
          <XAxis
            interval={0}
            type="number"
            dataKey="x"
            domain={[1, 100]}
            ticks={RANK_TICKS}
            tick={scale.tick}
            allowDecimals={false}
            tickFormatter={(v: number) => formatNumber(v, 0)}
            height={Math.round(48 * factor)}
            label={{
              value: t('universities.axis'),
              position: 'insideBottom',
              fontSize: scale.fontSize,
              fill: 'var(--color-ink-muted)',
            }}
          />
          <YAxis
            type="number"
            dataKey="y"
            reversed
            domain={[-0.5, data.subjects.length - 0.5]}
            ticks={data.subjects.map((_, i) => i)}
            interval={0}
            tickLine={false}
            width={Math.round(SUBJECT_AXIS_WIDTH * factor)}
            tick={
              <SubjectTick labels={data.subjects.map((s) => s.label)} fontSize={scale.fontSize} />
            }
          />
          <Tooltip
            cursor={false}
            content={({ active, payload }) => {
              const point = payload?.[0]?.payload as DotPoint | undefined;
              if (!active || !point) return null;
              return (
                <p
                  className="rounded border border-line bg-surface px-2 py-1 text-ink shadow"
                  style={{ fontSize: scale.fontSize }}
                >
                  {t('universities.tooltip', {
                    university: point.universityLabel,
                    subject: point.subjectLabel,
                    rank: formatNumber(point.x, 0),
                  })}
                </p>
              );
            }}
          />
          {data.universities.map((u) => {
            const style = universityStyle(allUniversities, u.id);
            return (
              <Scatter
                key={u.id}
                name={u.label}
                data={points.filter((p) => p.university === u.id)}
                isAnimationActive={false}
                shape={(props: { cx?: number; cy?: number; payload?: unknown }) => {
                  const point = props.payload as DotPoint | undefined;
                  if (props.cx === undefined || props.cy === undefined || !point) return <g />;
                  return (
                    <g
                      className={scale.interactive ? 'cursor-pointer' : undefined}
                      data-dot={`${point.university}-${point.x}`}
                      onClick={scale.interactive ? () => select(point.university) : undefined}
                    >
                      {/* One target for the marker and its label, easier to hit than either. A
                          crowded row has no labels: its ranks are in the tooltip and the table,
                          and two elements a dot keep thousands of dots quick to paint. */}
                      {point.labelled && (
                        <rect
                          x={props.cx - marker - 3}
                          y={props.cy - marker - 3}
                          width={marker * 2 + 11 + scale.labelSize * 1.4}
                          height={marker * 2 + 6}
                          fill="transparent"
                        />
                      )}
                      <SeriesMarker cx={props.cx} cy={props.cy} style={style} size={marker} />
                      {point.labelled && (
                        <text
                          x={props.cx + marker + 5}
                          y={props.cy}
                          dy="0.35em"
                          fontSize={scale.labelSize}
                          fontWeight={600}
                          fill="var(--color-ink)"
                        >
                          {formatNumber(point.x, 0)}
                        </text>
                      )}
                    </g>
                  );
                }}
              />
            );
          })}
        </ScatterChart>
      </ResponsiveContainer>
      <p className="text-sm text-ink-muted">
        {t('universities.chartKey')}
        {crowded && ` ${t('universities.crowdedKey')}`}
        {scale.interactive && ` ${t('universities.selectHint')}`}
      </p>
    </div>
  );
}
