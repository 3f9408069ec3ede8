import { memo, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrintMedium } from '@/lib/use-print-medium';
import { ChartFigure } from '@/components/chart/chart-figure';
import { ChartSnapshotContext, chartSnapshot } from '@/components/chart/chart-snapshots';
import type { Panel } from './types';
import { PanelError } from './panel-error';
import { PanelSkeleton } from './panel-skeleton';
import { PanelEmpty } from './panel-empty';
import { DataTable } from './data-table';
import { ContextFigures } from './context-figures';
import { SourceLine } from './source-line';

/**
 * The tables, in the page even while the chart shows, so find in page reaches every number:
 * `hidden="until-found"` keeps them out of sight and out of the accessibility tree until the
 * browser finds a match in them, when `onFound` switches the panel to its table. React knows no
 * `until-found` value for `hidden`, so it is set here, before paint.
 */
function SearchableTables({
  shown,
  onFound,
  children,
}: {
  shown: boolean;
  onFound: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || shown) return;
    element.setAttribute('hidden', 'until-found');
    element.addEventListener('beforematch', onFound);
    return () => {
      element.removeAttribute('hidden');
      element.removeEventListener('beforematch', onFound);
    };
  }, [shown, onFound]);
  return (
    <div ref={ref} className="flex flex-col gap-4">
      {children}
    </div>
  );
}

/**
 * Memoised: the focus area showing or hiding a panel re-renders its frame, and the body, whose
 * tables can hold thousands of rows, is then left as it is.
 */
export const PanelBody = memo(function PanelBody({
  panel,
  title,
  view,
  onShowTable,
}: {
  panel: Panel;
  title: string;
  view: 'chart' | 'table';
  /** Find in page matched a table while the chart shows. */
  onShowTable: () => void;
}) {
  const { t } = useTranslation();
  const state = panel.usePanelState();
  // On paper there is no Table button and no tooltip: the chart's own table (the first) prints
  // under it. The panel's other tables hold its context figures, which print anyway.
  const printing = usePrintMedium().medium === 'print';

  if (state.status === 'pending') return <PanelSkeleton label={t('panel.loading', { title })} />;
  if (state.status === 'empty') return <PanelEmpty filters={panel.filters} />;
  if (state.status === 'error')
    return <PanelError title={title} error={state.error} retry={state.retry} />;

  const { content } = state;
  const snapshot = chartSnapshot(panel.id);
  // content-visibility: the browser skips style, layout and paint of a panel far off screen, so
  // a change in one chart does not re-walk the thousands of marks the others hold.
  return (
    <div className="flex flex-1 flex-col gap-4 [contain-intrinsic-size:auto_640px] [content-visibility:auto]">
      <p className="text-base text-ink-muted" data-testid="takeaway">
        {content.takeaway}
      </p>
      {content.controls && <div className="print:hidden">{content.controls}</div>}
      {view === 'chart' && (
        <ChartFigure label={`${content.chartLabel}. ${content.takeaway}`} className="m-0 min-h-72">
          <ChartSnapshotContext.Provider value={snapshot}>
            {content.chart}
          </ChartSnapshotContext.Provider>
        </ChartFigure>
      )}
      <SearchableTables shown={view === 'table' || printing} onFound={onShowTable}>
        {content.tables.map((table, index) => (
          <div key={table.caption} className={view === 'chart' && index > 0 ? 'print:hidden' : ''}>
            <DataTable table={table} />
          </div>
        ))}
      </SearchableTables>
      {content.context.length > 0 && <ContextFigures figures={content.context} />}
      <SourceLine sources={content.sources} notes={content.notes} />
    </div>
  );
});
