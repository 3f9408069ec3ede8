import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface ViewportReach {
  /** Drawn at all: it has been near, or within half a screen since the reader scrolled, or printed. */
  drawn: boolean;
  /** On screen or about to be: only then does a chart follow filter changes. */
  near: boolean;
}

/** A chart this close (a fraction of the screen's height) keeps up with every filter change. */
const NEAR = 0.1;
/**
 * Once the reader scrolls, a chart is first drawn this far ahead of the screen, so scrolling finds
 * it drawn. Not before: a page that draws charts nobody has scrolled to spends a slow phone's first
 * seconds on them (each first draw is one long task there), holding up every tap meanwhile.
 */
const DRAW_AHEAD = 0.5;

/** Charts waiting for the reader's first scroll to start drawing ahead. */
const waitingForScroll = new Set<() => void>();
let scrolled = false;

function afterFirstScroll(run: () => void): () => void {
  if (scrolled) {
    run();
    return () => undefined;
  }
  if (waitingForScroll.size === 0)
    window.addEventListener(
      'scroll',
      () => {
        scrolled = true;
        waitingForScroll.forEach((waiting) => waiting());
        waitingForScroll.clear();
      },
      { once: true, passive: true },
    );
  waitingForScroll.add(run);
  return () => waitingForScroll.delete(run);
}

/**
 * While the dashboard builds its panels, one per task, a new chart waits for the observer's first
 * report (after the next layout) instead of measuring itself: each measurement forced a layout of
 * the whole page inside that panel's task, 20-60 ms each on a slow phone. The panel has only just
 * appeared, so a chart drawn a frame later shows no change. Charts standing in for a prerendered
 * drawing are measured at once, and so is every chart once the page is built (a table switched
 * back to its chart is drawn in the same frame).
 */
let buildingPage = true;

/** The dashboard has mounted every panel. */
export function pageBuilt(): void {
  buildingPage = false;
}

const margin = (fraction: number) => `${fraction * 100}% 0px`;

const inReach = (element: Element, fraction: number): boolean => {
  const reach = window.innerHeight * fraction;
  const box = element.getBoundingClientRect();
  // A panel the focus area hides is out of reach, wherever its box would sit.
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  return box.top < window.innerHeight + reach && box.bottom > -reach;
};

/** Calls `onChange` whenever the element enters or leaves the screen widened by `fraction`. */
function watchReach(
  element: Element,
  fraction: number,
  onChange: (inside: boolean) => void,
): IntersectionObserver {
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1);
      if (!entry) return;
      // A panel the focus area hides is invisible, not gone: it is not in reach either.
      onChange(entry.isIntersecting && entry.target.checkVisibility({ visibilityProperty: true }));
    },
    { rootMargin: margin(fraction) },
  );
  observer.observe(element);
  return observer;
}

/**
 * Whether a chart is drawn, and whether it is near enough to keep up with the filters. A chart on
 * the first screen is drawn in its first render when it is measured at once (before paint, so the
 * prerendered page is never replaced by an empty box), else at the observer's first report; the
 * others once the reader scrolls, within half a screen of them, as Grafana draws its panels. A
 * chart more than a tenth of a screen away keeps its last drawing until the reader comes near, so
 * a filter change costs only the charts one can see. Printing draws every chart with the current
 * filters. Without IntersectionObserver (tests), both are always true. `measureAtOnce` is read
 * when the chart mounts.
 */
export function useNearViewport(
  ref: RefObject<Element | null>,
  { measureAtOnce = false }: { measureAtOnce?: boolean } = {},
): ViewportReach {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [drawn, setDrawn] = useState(near);
  const atOnce = useRef(measureAtOnce);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    if ((atOnce.current || !buildingPage) && inReach(element, NEAR)) {
      setNear(true);
      setDrawn(true);
    }
    const nearWatch = watchReach(element, NEAR, (inside) => {
      setNear(inside);
      if (inside) setDrawn(true);
    });
    let drawWatch: IntersectionObserver | undefined;
    const stopWaiting = afterFirstScroll(() => {
      drawWatch = watchReach(element, DRAW_AHEAD, (inside) => {
        if (inside) setDrawn(true);
      });
    });
    // The print layout is made right after this event, so every chart must be drawn, and show
    // the current filters, by the time it returns.
    const beforePrint = () =>
      flushSync(() => {
        setDrawn(true);
        setNear(true);
      });
    const afterPrint = () => setNear(inReach(element, NEAR));
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      nearWatch.disconnect();
      stopWaiting();
      drawWatch?.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [ref]);
  return { drawn, near };
}
