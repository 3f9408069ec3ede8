import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelFrame } from '@/components/panel/panel-frame';
import { pageBuilt } from '@/components/chart/use-near-viewport';
import { ExportAllBar } from '@/components/export/export-all-bar';
import { ExportProvider } from '@/components/export/export-context';
import { HeadlineStrip } from '@/features/headlines/headline-strip';
import { setViewState as setView, useViewKeys, type ViewState } from '@/lib/view-state';
import { FilterBar } from './filters/filter-bar';
import { activeChips } from './filters/filter-chips';
import { PANELS } from './panel-registry';
import { useProgressiveMount } from './use-progressive-mount';
import { useVisiblePanels } from './use-visible-panels';

export function Dashboard() {
  const { t } = useTranslation();
  const view = useViewKeys(['area']);
  // The first panel (the first screen's chart) at once, the others one per task after it.
  const mounted = useProgressiveMount(PANELS.length, 1);
  useEffect(() => {
    if (mounted >= PANELS.length) pageBuilt();
  }, [mounted]);
  const { panels, hidden, catalogue } = useVisiblePanels();
  const chips = useCallback(
    (current: ViewState) => activeChips(current, catalogue, t),
    [catalogue, t],
  );

  return (
    <>
      <FilterBar catalogue={catalogue} />
      <HeadlineStrip />
      {hidden > 0 && view.area && (
        <p className="mb-4 flex flex-wrap items-center gap-3 text-ink-muted" role="status">
          {t('filters.hiddenPanels', { count: hidden, area: t(`filters.areaOption.${view.area}`) })}
          <button
            type="button"
            className="text-accent underline"
            onClick={() => void setView({ area: null })}
          >
            {t('filters.showAll')}
          </button>
        </p>
      )}
      <ExportProvider panels={panels} chips={chips}>
        <div className="mb-4">
          <ExportAllBar />
        </div>
        <div className="relative grid grid-cols-1 items-start gap-6 xl:grid-cols-2">
          {/* A panel the focus area leaves out stays mounted, only hidden: showing it again is
              then a style change, and its chart catches up only if it is on screen. */}
          {PANELS.map((panel, i) => {
            const hidden = !panels.includes(panel);
            if (i < mounted) return <PanelFrame key={panel.id} panel={panel} hidden={hidden} />;
            // Below the first screen, for a moment: a card of about a panel's height.
            return hidden ? null : (
              <div
                key={panel.id}
                aria-hidden="true"
                data-panel-pending
                className={`min-h-[44rem] rounded-xl border border-line bg-surface ${panel.wide ? 'xl:col-span-2' : ''}`}
              />
            );
          })}
        </div>
      </ExportProvider>
    </>
  );
}
