import { useLayoutEffect, useState, type RefObject } from 'react';
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

const margin = (fraction: number) => `${fraction * 100}% 0px`;

const inReach = (element: Element, fraction: number): boolean => {
  // A panel the focus area hides is out of reach, wherever its box would sit; so is one whose
  // body the browser skips as off screen (content-visibility: auto), whose box asked for here
  // would make the browser lay that whole body out first.
  if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }))
    return false;
  const reach = window.innerHeight * fraction;
  const box = element.getBoundingClientRect();
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
 * screen is drawn in its first render (measured before paint, so a prerendered drawing is never
 * replaced by an empty box; the first chart's measurement lays the page out, the others reuse
 * it); the others once the reader has scrolled, within half a screen of them, as Grafana draws
 * its panels. A chart more than a tenth of a screen away keeps its last drawing until the reader
 * comes near, so a filter change costs only the charts one can see. Printing draws every chart
 * with the current filters.
 */
export function useNearViewport(ref: RefObject<Element | null>): ViewportReach {
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (inReach(element, NEAR)) {
      setNear(true);
      setDrawn(true);
    }
    const nearWatch = watchReach(element, NEAR, (inside) => {
      setNear(inside);
      if (inside) setDrawn(true);
    });
    let drawWatch: IntersectionObserver | undefined;
    const drawAhead = () => {
      drawWatch ??= watchReach(element, DRAW_AHEAD, (inside) => {
        if (inside) setDrawn(true);
      });
    };
    // A page already scrolled (a chart switched back from its table, a panel shown again) draws
    // ahead at once; a page still at its top waits for the reader's first scroll.
    if (window.scrollY > 0) drawAhead();
    else window.addEventListener('scroll', drawAhead, { once: true, passive: true });
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
      drawWatch?.disconnect();
      window.removeEventListener('scroll', drawAhead);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [ref]);
  return { drawn, near };
}
