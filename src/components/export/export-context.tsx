import { createContext, useContext, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Panel } from '@/components/panel/types';
import type { FilterChip } from '@/lib/export/file-name';
import { getViewState, type ViewState } from '@/lib/view-state';

export interface ExportEnvironment {
  /** The panels the filters show, in page order, read when an export starts. */
  panels: () => readonly Panel[];
  /** The active filters, as the filter bar words them, read when an export starts. */
  chips: () => readonly FilterChip[];
}

const ExportContext = createContext<ExportEnvironment>({
  panels: () => [],
  chips: () => [],
});

/**
 * The app shell tells the exports which panels are showing and how to word the filters. Both are
 * read at export time, so the value never changes with the filters: a new value would make React
 * walk the whole grid below (every chart mark) to find the few Export menus that read it.
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
  const shown = useRef(panels);
  useLayoutEffect(() => {
    shown.current = panels;
  }, [panels]);
  const value = useMemo(
    () => ({ panels: () => shown.current, chips: () => chips(getViewState()) }),
    [chips],
  );
  return <ExportContext.Provider value={value}>{children}</ExportContext.Provider>;
}

export function useExportEnvironment(): ExportEnvironment {
  return useContext(ExportContext);
}
