import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Panel } from '@/components/panel/types';
import type { FilterChip } from '@/lib/export/file-name';
import { getViewState, type ViewState } from '@/lib/view-state';

export interface ExportEnvironment {
  /** The panels the filters show, in page order. */
  panels: readonly Panel[];
  /** The active filters, as the filter bar words them, read when an export starts. */
  chips: () => readonly FilterChip[];
}

const ExportContext = createContext<ExportEnvironment>({
  panels: [],
  chips: () => [],
});

/**
 * The app shell tells the exports which panels are showing and how to word the filters. The
 * chips are read at export time, so a filter change does not re-render every Export menu.
 */
export function ExportProvider({
  panels,
  chips,
  children,
}: {
  panels: readonly Panel[];
  chips: (view: ViewState) => readonly FilterChip[];
  children: ReactNode;
}) {
  const key = panels.map((p) => p.id).join('|');
  const value = useMemo(
    () => ({ panels, chips: () => chips(getViewState()) }),
    // The shell passes a new array on each render: the value changes only when its contents do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, chips],
  );
  return <ExportContext.Provider value={value}>{children}</ExportContext.Provider>;
}

export function useExportEnvironment(): ExportEnvironment {
  return useContext(ExportContext);
}
