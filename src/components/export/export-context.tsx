import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Panel } from '@/components/panel/types';
import type { FilterChip } from '@/lib/export/file-name';

export interface ExportEnvironment {
  /** The panels the filters show, in page order. */
  panels: readonly Panel[];
  /** The active filters, as the filter bar words them. */
  chips: readonly FilterChip[];
}

const ExportContext = createContext<ExportEnvironment>({ panels: [], chips: [] });

/** The app shell tells the exports which panels are showing and what the filters say. */
export function ExportProvider({
  panels,
  chips,
  children,
}: ExportEnvironment & { children: ReactNode }) {
  // The shell passes new arrays on each render: the value changes only when their contents do.
  const key = [...panels.map((p) => p.id), ...chips.map((c) => `${c.key}:${c.label}`)].join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const value = useMemo(() => ({ panels, chips }), [key]);
  return <ExportContext.Provider value={value}>{children}</ExportContext.Provider>;
}

export function useExportEnvironment(): ExportEnvironment {
  return useContext(ExportContext);
}
