import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import type { DatasetId } from '@/data/queries';
import type { Source } from '@/data/schema';
import type { ViewKey, ViewState } from '@/lib/view-state';
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
}

export type PanelId =
  | 'rankings'
  | 'startups'
  | 'fintech'
  | 'funding'
  | 'universities'
  | 'rnd'
  | 'infrastructure'
  | 'talent'
  | 'biotech';

export interface BuildContext {
  t: TFunction;
  view: ViewState;
}

/** What a panel module declares. `T` is the chart-ready data its hook selects. */
export interface PanelDefinition<T> {
  id: PanelId;
  title: (t: TFunction) => string;
  datasets: readonly DatasetId[];
  /** The view-state keys this panel reacts to; others never rebuild it. */
  filters: readonly ViewKey[];
  /** Spans the whole grid row: for charts with many labelled points. */
  wide?: boolean;
  /** null: the dataset holds no figures at all. */
  useData: () => UseQueryResult<T | null, Error>;
  /** Returns null when the filters leave nothing to show. */
  build: (data: T, context: BuildContext) => PanelContent | null;
}

export type PanelState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'empty' }
  | { status: 'success'; content: PanelContent };

/** A panel with its data type erased, so one registry can hold them all. */
export interface Panel {
  id: PanelId;
  title: (t: TFunction) => string;
  datasets: readonly DatasetId[];
  filters: readonly ViewKey[];
  wide: boolean;
  usePanelState: () => PanelState;
}
