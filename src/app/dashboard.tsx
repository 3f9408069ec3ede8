import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelActionContext, PanelFrame } from '@/components/panel/panel-frame';
import { AddToDeckButton } from './deck/add-to-deck-button';
import { ExportAllBar } from '@/components/export/export-all-bar';
import { ExportProvider } from '@/components/export/export-context';
import { HeadlineStrip } from '@/features/headlines/headline-strip';
import { setViewState as setView, useViewKeys, type ViewState } from '@/lib/view-state';
import { FilterBar } from './filters/filter-bar';
import { PrintSources } from './print/print-sources';
import { activeChips } from './filters/filter-chips';
import { PANELS } from './panel-registry';
import { useVisiblePanels } from './use-visible-panels';

export function Dashboard() {
  const { t } = useTranslation();
  const view = useViewKeys(['area']);
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
      <PanelActionContext.Provider value={AddToDeckButton}>
        <ExportProvider panels={panels} chips={chips}>
          <div className="mb-4">
            <ExportAllBar />
          </div>
          <div className="relative grid grid-cols-1 items-start gap-6 xl:grid-cols-2">
            {/* Every panel at once, so all their text is in the page (find in page sees it); only
              a chart waits until the reader comes near it. A panel the focus area leaves out stays
              mounted, only hidden: showing it again is then a style change. */}
            {PANELS.map((panel) => (
              <PanelFrame key={panel.id} panel={panel} hidden={!panels.includes(panel)} />
            ))}
          </div>
          <PrintSources panels={panels} />
        </ExportProvider>
      </PanelActionContext.Provider>
    </>
  );
}
