import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartScaleContext, makeChartScale } from '@/components/chart/chart-theme';
import { ChartWidthContext } from '@/components/chart/chart-width';
import type { PanelContent } from '@/components/panel/types';
import { formatDate } from '@/lib/format';
import type { Size } from './capture';

export interface CardProps {
  content: PanelContent;
  title: string;
  /** The filters acting on this panel, in words; empty when none. */
  filters: string;
  layout: Size;
  /** `card`: title, takeaway, chart, filters, source, name and date. `chart`: the chart alone (a slide has the words). */
  variant: 'card' | 'chart';
  /** Custom properties set on the card (the light theme's, unless the current theme is kept). */
  tokens: Record<string, string>;
  exportedOn: string;
  onReady: (card: HTMLElement) => void;
}

const MIN_CHART = 140;

/** Resolves once recharts has measured its container and drawn at the card's width. */
async function chartsSettled(root: HTMLElement, timeoutMs = 5000): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  let stableFrames = 0;
  while (performance.now() - started < timeoutMs) {
    await frame();
    const containers = [...root.querySelectorAll<HTMLElement>('.recharts-responsive-container')];
    const sized = containers.every((container) => {
      const surface = container.querySelector('svg.recharts-surface');
      const width = Number(surface?.getAttribute('width'));
      return surface !== null && Math.abs(width - container.clientWidth) <= 1;
    });
    stableFrames = sized ? stableFrames + 1 : 0;
    if (stableFrames >= 2) return;
  }
}

/**
 * A panel as an export draws it, at a fixed layout size: everything needed to read the chart
 * out of context. The chart gets the height left over by the words (measured, then adjusted
 * once for the legend and keys the chart puts around its plot), at a fixed width, with no
 * interactive parts.
 */
export function ExportCard({
  content,
  title,
  filters,
  layout,
  variant,
  tokens,
  exportedOn,
  onReady,
}: CardProps) {
  const { t } = useTranslation();
  const cardRef = useRef<HTMLDivElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const [chartHeight, setChartHeight] = useState(() => Math.round(layout.height * 0.5));
  const [fitted, setFitted] = useState(false);
  const passes = useRef(0);
  const compact = layout.width < 900;
  const scale = useMemo(() => makeChartScale(1, chartHeight, false), [chartHeight]);

  // Give the plot whatever height the words, legend and keys leave (two or three passes).
  useLayoutEffect(() => {
    const area = areaRef.current;
    const chart = chartRef.current;
    if (!area || !chart || fitted) return;
    const extras = chart.scrollHeight - chartHeight;
    const next = Math.max(MIN_CHART, Math.floor(area.clientHeight - extras));
    if (Math.abs(next - chartHeight) > 1 && passes.current < 4) {
      passes.current += 1;
      setChartHeight(next);
    } else {
      setFitted(true);
    }
  }, [chartHeight, fitted]);

  const reported = useRef(false);
  useEffect(() => {
    if (!fitted || reported.current) return;
    const card = cardRef.current;
    if (!card) return;
    reported.current = true;
    void chartsSettled(card).then(() => onReady(card));
  }, [fitted, onReady]);

  const [source, ...later] = content.sources;
  const padding = variant === 'chart' ? 16 : compact ? 20 : 36;
  const style = {
    ...tokens,
    // The light theme's tokens come with its colour scheme (form controls, scrollbars).
    ...(Object.keys(tokens).length ? { colorScheme: 'light' } : {}),
    width: layout.width,
    height: layout.height,
    padding,
  } as CSSProperties;

  return (
    <div
      ref={cardRef}
      style={style}
      className="box-border flex flex-col gap-3 overflow-hidden bg-surface font-sans text-ink"
      data-export-card={variant}
    >
      {variant === 'card' && (
        <header className="flex flex-col gap-1">
          <h2 className={`m-0 leading-tight font-bold ${compact ? 'text-xl' : 'text-[1.75rem]'}`}>
            {title}
          </h2>
          <p className={`m-0 leading-snug text-ink-muted ${compact ? 'text-base' : 'text-lg'}`}>
            {content.takeaway}
          </p>
        </header>
      )}
      <div ref={areaRef} className="min-h-0 flex-1 overflow-hidden">
        <div ref={chartRef}>
          <ChartScaleContext.Provider value={scale}>
            {/* The card's inner width is known: the chart's first drawing is at its size. */}
            <ChartWidthContext.Provider value={layout.width - 2 * padding}>
              {content.chart}
            </ChartWidthContext.Provider>
          </ChartScaleContext.Provider>
        </div>
      </div>
      {variant === 'card' && (
        <footer
          className={`flex flex-col gap-0.5 border-t border-line pt-2 text-ink-muted ${compact ? 'text-xs' : 'text-sm'}`}
        >
          <p className="m-0">
            {filters ? t('export.image.filters', { filters }) : t('export.image.noFilters')}
          </p>
          {source && (
            <p className="m-0">
              <span className="font-medium">{t('export.image.source')}</span> {source.publisher}, “
              {source.title}”{source.date && ` (${formatDate(source.date)})`}
              {later.length > 0 && ` ${t('export.image.laterSources', { count: later.length })}`}
            </p>
          )}
          <p className="m-0 flex justify-between gap-4">
            <span className="font-semibold text-ink">{t('app.title')}</span>
            <span>{t('export.image.exported', { date: exportedOn })}</span>
          </p>
        </footer>
      )}
    </div>
  );
}
