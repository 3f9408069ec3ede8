import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartEnvContext, staticEnv } from '@/components/chart/chart-env';
import { SlideHighlightContext } from '@/components/chart/slide-highlight';
import { DataTable } from '@/components/panel/data-table';
import { PanelError } from '@/components/panel/panel-error';
import { PanelEmpty } from '@/components/panel/panel-empty';
import { PanelSkeleton } from '@/components/panel/panel-skeleton';
import { SourceLine } from '@/components/panel/source-line';
import { useElementSize } from '@/lib/use-element-size';
import { ViewOverrideContext } from '@/lib/view-state';
import type { PresentSlide } from './present-slides';
import { HighlightCallout } from './highlight-callout';
import { SlideDataDate } from './slide-data-date';

interface SlideProps {
  slide: PresentSlide;
  scale: number;
  /** A lobby screen: a failure is shown quietly, with no button nobody can press. */
  kiosk?: boolean;
}

/**
 * One slide: a panel, with the deck slide's own filters, title, highlight and Chart/Table choice
 * when it comes from a deck. Memoised: changing slide only switches which prepared slide shows,
 * and must not redraw their charts.
 */
export const Slide = memo(function Slide({ slide, scale, kiosk = false }: SlideProps) {
  return (
    <ViewOverrideContext.Provider value={slide.view ?? null}>
      <SlideHighlightContext.Provider value={slide.deckSlide?.highlight ?? null}>
        <SlideBody slide={slide} scale={scale} kiosk={kiosk} />
      </SlideHighlightContext.Provider>
    </ViewOverrideContext.Provider>
  );
});

function SlideBody({ slide, scale, kiosk }: Required<SlideProps>) {
  const { t } = useTranslation();
  const { panel, deckSlide } = slide;
  const state = panel.usePanelState();
  const title = deckSlide?.title || panel.title(t);
  const chartBox = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(chartBox);
  const highlight = deckSlide?.highlight;
  // The chart is drawn for the slide's box, its legend, notes and emphasis inside it. Ticks at
  // 16 design px: 24 px on a 1920x1080 screen. The callout's words are the slide's own line
  // above the chart (read with the slide), so the chart draws the emphasis without them.
  const env = useMemo(
    () =>
      staticEnv(
        { width, height },
        'slide',
        (scale * 16) / 14,
        highlight && { target: highlight.target },
      ),
    [scale, width, height, highlight],
  );
  const headingId = `slide-${slide.key}`;
  const showTable = deckSlide?.view === 'table';

  return (
    <article aria-labelledby={headingId} className="flex h-full flex-col gap-3 px-10 pt-8 pb-4">
      <h2 id={headingId} className="text-[2.25rem] leading-tight font-bold text-ink">
        {title}
      </h2>
      {state.status === 'success' && (
        <p className="text-[1.25rem] leading-snug text-ink-muted" data-testid="slide-takeaway">
          {state.content.takeaway}
        </p>
      )}
      {highlight && <HighlightCallout highlight={highlight} />}
      <div ref={chartBox} className="min-h-0 flex-1 overflow-hidden text-[1rem]">
        {state.status === 'pending' && <PanelSkeleton label={t('panel.loading', { title })} />}
        {state.status === 'error' &&
          (kiosk ? (
            <p className="text-[1.25rem] text-ink-muted" data-testid="slide-unavailable">
              {t('deck.slideUnavailable')}
            </p>
          ) : (
            <PanelError title={title} error={state.error} retry={state.retry} />
          ))}
        {state.status === 'empty' && <PanelEmpty filters={panel.filters} />}
        {state.status === 'success' && showTable && (
          <div className="flex h-full flex-col gap-3 overflow-auto text-[1.1rem] [&_.max-h-96]:max-h-none">
            {state.content.tables.map((table) => (
              <DataTable key={table.caption} table={table} />
            ))}
          </div>
        )}
        {state.status === 'success' && !showTable && height > 0 && (
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
        <div className="flex flex-wrap items-end justify-between gap-x-6 text-[1rem] [&_details]:hidden [&_footer]:text-[1rem]">
          <div className="min-w-0 flex-1">
            <SourceLine sources={state.content.sources} notes={[]} />
          </div>
          <SlideDataDate />
        </div>
      )}
    </article>
  );
}
