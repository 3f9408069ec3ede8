import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Box } from './layout';
import { svgPoint } from './svg-point';

/** The index of the x nearest to `x` (the column a pointer is over), or -1 when there is none. */
export function nearestColumn(xs: readonly number[], x: number): number {
  let best = -1;
  let bestDistance = Infinity;
  for (const [i, at] of xs.entries()) {
    const distance = Math.abs(at - x);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  return best;
}

/**
 * A chart's tooltip by column (a year on a line chart), as recharts' tooltip behaves: one
 * transparent layer over the plot follows the pointer, and the arrow keys step through the
 * columns while the chart has focus; Escape, leaving or blurring closes it. `key` names what the
 * columns show: when it changes (a filter redrew the chart), the tooltip closes rather than
 * name whatever now stands at its index.
 */
export function useColumnPointer(xs: readonly number[], key: string) {
  const [active, setActive] = useState<{ index: number; key: string } | null>(null);
  const current = active && active.key === key && active.index < xs.length ? active.index : null;
  const show = (index: number) => setActive(index === -1 ? null : { index, key });
  const layer = (plot: Box): ReactNode => (
    <rect
      {...plot}
      fill="none"
      pointerEvents="all"
      onPointerMove={(event) => {
        const point = svgPoint(event);
        show(point ? nearestColumn(xs, point.x) : -1);
      }}
      onPointerLeave={() => setActive(null)}
    />
  );
  const onKeyDown = (event: KeyboardEvent) => {
    if (!xs.length) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      show(
        current === null
          ? step > 0
            ? 0
            : xs.length - 1
          : (current + step + xs.length) % xs.length,
      );
    } else if (event.key === 'Escape') setActive(null);
  };
  return { active: current, layer, onKeyDown, onBlur: () => setActive(null) };
}
