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

/**
 * True once the element is on screen or within a screen of it, or the page has been idle long
 * enough to draw it ahead. The first screen's charts are drawn in the first render (measured
 * before paint, so the prerendered page is never replaced by an empty box); the rest follow
 * without holding up the first screen. Without IntersectionObserver (tests), always true.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useLayoutEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const reach = window.innerHeight;
    const box = element.getBoundingClientRect();
    if (box.top < window.innerHeight + reach && box.bottom > -reach) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    const cancelIdle = whenIdle(() => setNear(true));
    return () => {
      observer.disconnect();
      cancelIdle();
    };
  }, [near, ref]);
  return near;
}
