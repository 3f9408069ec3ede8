import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { Box } from '@/components/chart/layout';
import { svgPoint } from '@/components/chart/svg-point';

/** A dot as drawn: where it is, and the box (marker and label) that picks it. */
export interface DrawnDot {
  cx: number;
  cy: number;
  target: Box;
}

const inside = (box: Box, x: number, y: number) =>
  x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/** The dot under (x, y): one whose target holds it, else the nearest within `reach` px. */
export function dotAt(dots: readonly DrawnDot[], x: number, y: number, reach: number): number {
  let best = -1;
  let bestDistance = reach * reach;
  for (const [i, dot] of dots.entries()) {
    if (inside(dot.target, x, y)) return i;
    const distance = (dot.cx - x) ** 2 + (dot.cy - y) ** 2;
    if (distance <= bestDistance) [best, bestDistance] = [i, distance];
  }
  return best;
}

/**
 * The dots' tooltip, click and arrow keys, for a plot that draws its dots as a few paths: one
 * transparent layer over the plot finds the dot under the pointer, so a plot of thousands of
 * dots keeps a few elements. The arrow keys step through the dots in the order given.
 */
export function useDotPointer<Dot extends DrawnDot>(
  dots: readonly Dot[],
  { reach, onPick }: { reach: number; onPick: (dot: Dot) => void },
) {
  // The dot itself, not its index: when a filter redraws the plot, the tooltip closes instead of
  // naming whichever dot now holds that index.
  const [active, setActive] = useState<Dot | null>(null);
  const index = active ? dots.indexOf(active) : -1;
  const current = index === -1 ? null : index;
  const dotOf = (at: number | null) => (at === null ? null : (dots[at] ?? null));
  const pick = (dot: Dot | null) => {
    if (dot) onPick(dot);
  };
  const hit = (event: MouseEvent<SVGElement>) => {
    const point = svgPoint(event);
    const index = point ? dotAt(dots, point.x, point.y, reach) : -1;
    return index === -1 ? null : index;
  };
  const layer = (plot: Box): ReactNode => (
    <rect
      {...plot}
      fill="none"
      pointerEvents="all"
      className={current === null ? undefined : 'cursor-pointer'}
      onPointerMove={(event) => setActive(dotOf(hit(event)))}
      onPointerLeave={() => setActive(null)}
      onClick={(event) => pick(dotOf(hit(event)))}
    />
  );
  const onKeyDown = (event: KeyboardEvent) => {
    if (!dots.length) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActive(dotOf(current === null ? 0 : (current + step + dots.length) % dots.length));
    } else if (event.key === 'Enter') {
      pick(current === null ? null : active);
    } else if (event.key === 'Escape') {
      setActive(null);
    }
  };
  return {
    active: current === null ? undefined : (active ?? undefined),
    layer,
    onKeyDown,
    onBlur: () => setActive(null),
  };
}
