import { useLayoutEffect, useState, type RefObject } from 'react';

/** Charts waiting for an idle moment, drawn one per idle callback so none blocks input for long. */
const idleQueue: Array<() => void> = [];
let idleScheduled = false;

function drawNextWhenIdle(): void {
  if (idleScheduled || idleQueue.length === 0) return;
  idleScheduled = true;
  const run = () => {
    idleScheduled = false;
    idleQueue.shift()?.();
    drawNextWhenIdle();
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 50);
}

function whenIdle(draw: () => void): () => void {
  idleQueue.push(draw);
  drawNextWhenIdle();
  return () => {
    const index = idleQueue.indexOf(draw);
    if (index >= 0) idleQueue.splice(index, 1);
  };
}

export interface ViewportReach {
  /** Drawn at all: in reach once, or drawn ahead while the page was idle. */
  drawn: boolean;
  /** On screen or about to be: only then does a chart follow filter changes. */
  near: boolean;
}

const inReach = (element: Element): boolean => {
  // The same band as the observer below: the screen and a tenth of one beyond it.
  const reach = window.innerHeight * 0.1;
  const box = element.getBoundingClientRect();
  // A panel the focus area hides is out of reach, wherever its box would sit.
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  return box.top < window.innerHeight + reach && box.bottom > -reach;
};

/**
 * Whether a chart is drawn, and whether it is near enough to keep up with the filters. The first
 * screen's charts are drawn in the first render (measured before paint, so the prerendered page
 * is never replaced by an empty box); the rest follow when idle, without holding up the first
 * screen. A chart more than a tenth of a screen away keeps its last drawing until the reader
 * comes near, so a filter change costs only the charts one can see. Without IntersectionObserver
 * (tests), both are always true.
 */
export function useNearViewport(ref: RefObject<Element | null>): ViewportReach {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [drawn, setDrawn] = useState(near);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    if (inReach(element)) {
      setNear(true);
      setDrawn(true);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (!entry) return;
        // A panel the focus area hides is invisible, not gone: it is not near either.
        const seen =
          entry.isIntersecting && entry.target.checkVisibility({ visibilityProperty: true });
        setNear(seen);
        if (seen) setDrawn(true);
      },
      // A little ahead, so a chart catches up just before it scrolls into view; not more, since
      // every chart in this band redraws on each filter change.
      { rootMargin: '10% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  useLayoutEffect(() => {
    if (drawn) return;
    return whenIdle(() => setDrawn(true));
  }, [drawn]);
  return { drawn, near };
}
