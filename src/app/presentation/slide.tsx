import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartEnvContext, staticEnv } from '@/components/chart/chart-env';
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
  // The chart is drawn for the slide's box, its legend and notes inside it. Ticks at 16 design
  // px: 24 px on a 1920x1080 screen.
  const env = useMemo(
    () => staticEnv({ width, height }, 'slide', (scale * 16) / 14),
    [scale, width, height],
  );

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
            <ChartEnvContext.Provider value={env}>{state.content.chart}</ChartEnvContext.Provider>
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
