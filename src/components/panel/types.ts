import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { DatasetId } from '@/data/queries';
import type { Source } from '@/data/schema';
import type { ViewKey, ViewState } from '@/lib/view-state';
import type { NativeChart } from './native-chart';
import type { TableCell } from './table-cell';

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

/** The table view of a panel: the same numbers as the chart, as text a screen reader can read. */
export interface TableModel {
  caption: string;
  columns: TableColumn[];
  /** The first cell of each row is its header cell; a figure's cell carries the figure. */
  rows: Array<{ key: string; cells: TableCell[] }>;
}

/** A single figure shown beside the chart as context (a rank, a count, a total). */
export interface ContextFigure {
  id: string;
  label: string;
  value: string;
  /** e.g. "derived: 468 ÷ 138" or the year it refers to. */
  detail?: string;
}

export interface PanelContent {
  takeaway: string;
  /** Accessible name of the chart image. */
  chartLabel: string;
  chart: ReactNode;
  /** Panel-level filter controls, shown above both the chart and the table. */
  controls?: ReactNode;
  /** One or more tables holding every number the panel shows. */
  tables: TableModel[];
  context: ContextFigure[];
  sources: Source[];
  notes: string[];
  /** The chart as a native PowerPoint chart, where it has a faithful one (else a picture). */
  native?: NativeChart;
}

/** What `build` sees: the translator and only the view-state keys its panel declares. */
export interface BuildContext<K extends ViewKey = never> {
  t: TFunction;
  view: Pick<ViewState, K>;
}

/**
 * What a panel's data hook gives: a react-query result, or several combined (a panel that shows
 * another dataset's figure by reference). undefined data: not loaded yet.
 */
export interface PanelData<T> {
  data: T | null | undefined;
  error: Error | null;
  refetch: () => unknown;
}

/** What a panel module declares. `T` is the chart-ready data its hook selects. */
export interface PanelDefinition<T, K extends ViewKey, Id extends string> {
  /** Unique; the registry's `PanelId` is the union of these (src/app/panel-registry.ts). */
  id: Id;
  title: (t: TFunction) => string;
  datasets: readonly DatasetId[];
  /** The view-state keys this panel reacts to: `build` sees these and no others. */
  filters: readonly K[];
  /** Spans the whole grid row: for charts with many labelled points. */
  wide?: boolean;
  /** null: the dataset holds no figures at all. */
  useData: () => PanelData<T>;
  /** Returns null when the filters leave nothing to show. */
  build: (data: T, context: BuildContext<NoInfer<K>>) => PanelContent | null;
}

export type PanelState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'empty' }
  | { status: 'success'; content: PanelContent };

/** A panel with its data type erased, so one registry can hold them all. */
export interface Panel<Id extends string = string> {
  id: Id;
  title: (t: TFunction) => string;
  datasets: readonly DatasetId[];
  filters: readonly ViewKey[];
  wide: boolean;
  usePanelState: () => PanelState;
}
