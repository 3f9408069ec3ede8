import { createContext, useContext, useLayoutEffect, useRef } from 'react';
import { showsPrerenderedPage } from '@/lib/prerendered-page';
import { getViewState, type ViewState } from '@/lib/view-state';

/**
 * Each panel's chart as the prerendered page drew it (scripts/prerender.ts), by panel id: the
 * prerendered figure, whose nodes move into the live page rather than being parsed again.
 */
const snapshots = new Map<string, HTMLElement>();
/** The view and language those drawings show: they stand in only while both are unchanged. */
let drawnFor: ViewState | undefined;
let drawnIn: string | undefined;

/**
 * Called once, before React replaces the prerendered page: keeps each chart's drawing, so the
 * first render can show it while the chart code (recharts, most of the app's weight) is still on
 * its way. Nothing is kept when the page hid its prerendered copy (another view or language).
 */
export function keepPrerenderedCharts(): void {
  if (!showsPrerenderedPage()) return;
  for (const figure of document.querySelectorAll<HTMLElement>(
    '[data-prerendered] figure[data-snapshot]',
  )) {
    if (figure.dataset.snapshot) snapshots.set(figure.dataset.snapshot, figure);
  }
  drawnFor = getViewState();
  drawnIn = document.querySelector<HTMLElement>('[data-prerendered]')?.dataset.prerendered;
}

export function hasChartSnapshots(): boolean {
  return snapshots.size > 0;
}

/** The prerendered drawing of a panel's chart, if it still shows what the live chart would. */
export function chartSnapshot(panelId: string): HTMLElement | undefined {
  if (getViewState() !== drawnFor || document.documentElement.lang !== drawnIn) return undefined;
  return snapshots.get(panelId);
}

/** The prerendered drawing of the chart below, when there is one: a chart still loading shows it. */
export const ChartSnapshotContext = createContext<HTMLElement | undefined>(undefined);

/**
 * The prerendered drawing, inert: its legend buttons and the like do nothing until the live chart
 * replaces it a moment later, and only the live chart is announced.
 */
export function PrerenderedChart() {
  const drawing = useContext(ChartSnapshotContext);
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element || !drawing) return;
    // Moved in (React has just taken the prerendered page down), and back on unmount, so a later
    // mount finds them again.
    const nodes = [...drawing.childNodes];
    element.append(...nodes);
    return () => drawing.append(...nodes);
  }, [drawing]);
  if (!drawing) return null;
  return <div ref={host} inert aria-hidden="true" data-chart-snapshot />;
}
