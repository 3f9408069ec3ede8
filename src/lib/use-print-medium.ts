import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { flushViewState } from '@/lib/view-state';

/** The page margin the print stylesheet sets with `@page` (src/index.css), in millimetres. */
export const PRINT_MARGIN_MM = 12;

const CSS_PX_PER_MM = 96 / 25.4;

/**
 * The width a chart has on paper, in CSS px: the narrower of A4 (210 mm) and US Letter (215.9 mm)
 * portrait, less both margins. The print dialog does not tell the page which paper is chosen, so
 * charts are drawn for A4 and fit Letter with a few millimetres to spare.
 */
export const PRINT_CONTENT_WIDTH = Math.floor((210 - 2 * PRINT_MARGIN_MM) * CSS_PX_PER_MM);

export interface PrintMedium {
  /** 'print' from `beforeprint` (Ctrl+P, the Print / PDF button) or while print media is emulated. */
  medium: 'screen' | 'print';
  /** The page's content width in CSS px while printing, else null (the chart measures its box). */
  contentWidth: number | null;
}

const SCREEN: PrintMedium = { medium: 'screen', contentWidth: null };
const PRINT: PrintMedium = { medium: 'print', contentWidth: PRINT_CONTENT_WIDTH };

const listeners = new Set<() => void>();
let inPrintEvent = false;
let printQuery: MediaQueryList | undefined;

function snapshot(): PrintMedium {
  return inPrintEvent || printQuery?.matches === true ? PRINT : SCREEN;
}

/**
 * The print layout is made as soon as `beforeprint` returns, so the page must have re-rendered
 * for paper by then: flushSync commits the change before the handler ends.
 */
function notify(): void {
  flushSync(() => listeners.forEach((listener) => listener()));
}

function onBeforePrint(): void {
  flushViewState(); // the printed address is the view on screen, including a change just made
  inPrintEvent = true;
  notify();
}

function onMediaChange(): void {
  flushViewState();
  notify();
}

function onAfterPrint(): void {
  inPrintEvent = false;
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    // Emulated print media (a headless browser's page.pdf) fires no beforeprint, only this.
    printQuery = window.matchMedia?.('print');
    printQuery?.addEventListener('change', onMediaChange);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', onBeforePrint);
    window.removeEventListener('afterprint', onAfterPrint);
    printQuery?.removeEventListener('change', onMediaChange);
    printQuery = undefined;
  };
}

/**
 * Whether the page is being laid out for paper, and how wide a chart is there. The chart frame
 * draws for `contentWidth` when it is set (a printed page is never measured before it is made);
 * panels in print are as wide as the page's content (the print stylesheet), so the two agree.
 */
export function usePrintMedium(): PrintMedium {
  return useSyncExternalStore(subscribe, snapshot, () => SCREEN);
}

/** Opens the browser's print dialog (where "Save as PDF" is one of the printers). */
export function printPage(): void {
  flushViewState();
  window.print();
}
