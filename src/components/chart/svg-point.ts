import type { MouseEvent } from 'react';

/** Where a pointer event on an svg element falls, in the svg's own units (its viewBox). */
export function svgPoint(event: MouseEvent<SVGElement>): { x: number; y: number } | null {
  const matrix = event.currentTarget.ownerSVGElement?.getScreenCTM()?.inverse();
  if (!matrix) return null;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
  return { x: point.x, y: point.y };
}
