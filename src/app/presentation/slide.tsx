import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartScaleContext, makeChartScale } from '@/components/chart/chart-theme';
import { ChartWidthContext, measuredOrDefault } from '@/components/chart/chart-width';
import type { Panel } from '@/components/panel/types';
import { PanelError } from '@/components/panel/panel-error';
import { PanelEmpty } from '@/components/panel/panel-empty';
import { PanelSkeleton } from '@/components/panel/panel-skeleton';
import { SourceLine } from '@/components/panel/source-line';
import { useElementSize } from '@/lib/use-element-size';

/**
 * One panel as a slide: title, takeaway, the chart as large as the screen allows, the source.
 * Sizes are in rem, and presentation mode scales the root font size with the screen. Memoised:
 * changing slide only switches which prepared slide shows, and must not redraw their charts.
 */
export const Slide = memo(function Slide({ panel, scale }: { panel: Panel; scale: number }) {
  const { t } = useTranslation();
  const state = panel.usePanelState();
  const title = panel.title(t);
  const chartBox = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(chartBox);
  // Ticks at 16 design px: 24 px on a 1920x1080 screen. Room is left for the legend and notes.
  const chartScale = useMemo(() => {
    const factor = (scale * 16) / 14;
    return makeChartScale(factor, Math.max(160, height - 6 * 16 * scale), false);
  }, [scale, height]);

  return (
    <article
      aria-labelledby={`slide-${panel.id}`}
      className="flex h-full flex-col gap-3 px-10 pt-8 pb-4"
    >
      <h2 id={`slide-${panel.id}`} className="text-[2.25rem] leading-tight font-bold text-ink">
        {title}
      </h2>
      {state.status === 'success' && (
        <p className="text-[1.25rem] leading-snug text-ink-muted" data-testid="slide-takeaway">
          {state.content.takeaway}
        </p>
      )}
      <div ref={chartBox} className="min-h-0 flex-1 overflow-hidden text-[1rem]">
        {state.status === 'pending' && <PanelSkeleton label={t('panel.loading', { title })} />}
        {state.status === 'error' && (
          <PanelError title={title} error={state.error} retry={state.retry} />
        )}
        {state.status === 'empty' && <PanelEmpty filters={panel.filters} />}
        {state.status === 'success' && height > 0 && (
          <figure
            role="img"
            aria-label={`${state.content.chartLabel}. ${state.content.takeaway}`}
            className="m-0"
          >
            <ChartScaleContext.Provider value={chartScale}>
              {/* The box's width, so a new slide's chart is drawn once, at its size. */}
              <ChartWidthContext.Provider value={measuredOrDefault(width)}>
                {state.content.chart}
              </ChartWidthContext.Provider>
            </ChartScaleContext.Provider>
          </figure>
        )}
      </div>
      {state.status === 'success' && (
        <div className="text-[1rem] [&_details]:hidden [&_footer]:text-[1rem]">
          <SourceLine sources={state.content.sources} notes={[]} />
        </div>
      )}
    </article>
  );
});
