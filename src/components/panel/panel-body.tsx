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

export function PanelBody({
  panel,
  title,
  view,
}: {
  panel: Panel;
  title: string;
  view: 'chart' | 'table';
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
      {view === 'chart' ? (
        <ChartFigure
          label={`${content.chartLabel}. ${content.takeaway}`}
          className="m-0 min-h-72"
          measureAtOnce={snapshot !== undefined}
        >
          <ChartSnapshotContext.Provider value={snapshot}>
            {content.chart}
          </ChartSnapshotContext.Provider>
        </ChartFigure>
      ) : null}
      {(view === 'table' || printing) && (
        <div className="flex flex-col gap-4">
          {(view === 'table' ? content.tables : content.tables.slice(0, 1)).map((table) => (
            <DataTable key={table.caption} table={table} />
          ))}
        </div>
      )}
      {content.context.length > 0 && <ContextFigures figures={content.context} />}
      <SourceLine sources={content.sources} notes={content.notes} />
    </div>
  );
}
