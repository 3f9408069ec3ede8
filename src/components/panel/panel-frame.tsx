import { createContext, memo, useCallback, useContext, useId, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from 'react-error-boundary';
import { PanelExportMenu } from '@/components/export/panel-export-menu';
import { setViewState, useViewKeys } from '@/lib/view-state';
import type { Panel } from './types';

/** An extra action the app puts on every panel's header (the deck's "Add to deck"). */
export const PanelActionContext = createContext<ComponentType<{
  panel: string;
  title: string;
  view: 'chart' | 'table';
}> | null>(null);
import { PanelBody } from './panel-body';
import { PanelError } from './panel-error';

/**
 * The card every panel shares: a labelled region whose render errors stay inside it. Memoised:
 * its panel never changes, so only its own state, the language or its filters re-render it.
 */
export const PanelFrame = memo(function PanelFrame({
  panel,
  hidden = false,
}: {
  panel: Panel;
  hidden?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const PanelAction = useContext(PanelActionContext);
  // Chart or Table lives in the address (`table=`), so a copied link opens the same view.
  const { table } = useViewKeys(['table']);
  const view = table.includes(panel.id) ? 'table' : 'chart';
  const setView = useCallback(
    (next: 'chart' | 'table') =>
      void setViewState({
        table: next === 'table' ? [...table, panel.id] : table.filter((id) => id !== panel.id),
      }),
    [table, panel.id],
  );
  const title = panel.title(t);
  const showTable = useCallback(() => setView('table'), [setView]);
  // Out of the flow and unseen, but at its usual width: `display: none` would make its chart's
  // container 0 px wide, and recharts would drop the drawing and redo it when shown again.
  // content-visibility: hidden keeps the marks' rendering state and takes them out of focus and
  // the accessibility tree. Nothing inherited changes (no `inert`, no `visibility`), since that
  // would restyle every mark: 30,000 of them with the stress data.
  const frame = hidden
    ? `absolute top-0 left-0 h-0 overflow-hidden opacity-0 [content-visibility:hidden] w-full ${panel.wide ? '' : 'xl:w-[calc(50%-0.75rem)]'}`
    : 'border border-line bg-surface p-5 shadow-sm';

  return (
    <section
      aria-labelledby={headingId}
      aria-hidden={hidden || undefined}
      id={panel.id}
      data-panel={panel.id}
      data-hidden={hidden || undefined}
      className={`flex min-w-0 flex-col rounded-xl ${panel.wide ? 'xl:col-span-2' : ''} ${frame}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id={headingId} className="text-xl font-semibold text-ink">
          {title}
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <div
            role="group"
            aria-label={t('panel.viewSwitch', { title })}
            className="flex rounded-lg border border-line p-0.5"
          >
            {(['chart', 'table'] as const).map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={view === option}
                onClick={() => setView(option)}
                className="rounded-md px-3 py-1 text-sm font-medium text-ink-muted aria-pressed:bg-accent aria-pressed:text-on-accent"
              >
                {t(`panel.view.${option}`)}
              </button>
            ))}
          </div>
          {PanelAction && <PanelAction panel={panel.id} title={title} view={view} />}
          <PanelExportMenu panel={panel} title={title} />
        </div>
      </div>
      <ErrorBoundary
        FallbackComponent={({ error, resetErrorBoundary }) => (
          <PanelError
            title={title}
            error={error instanceof Error ? error : new Error(String(error))}
            retry={resetErrorBoundary}
          />
        )}
        onError={(error) => console.error(`Panel "${panel.id}" failed to render`, error)}
      >
        <PanelBody panel={panel} title={title} view={view} onShowTable={showTable} />
      </ErrorBoundary>
    </section>
  );
});
