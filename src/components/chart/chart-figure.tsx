import {
  memo,
  useMemo,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { usePrintMedium } from '@/lib/use-print-medium';
import { ChartEnvContext, screenEnv, staticEnv } from './chart-env';
import { useNearViewport } from './use-near-viewport';

/** A chart's height on paper, in CSS px (about 77 mm): seven labelled rows fit, and the longest panel still fits a Letter page. */
export const PRINT_CHART_HEIGHT = 290;

/**
 * Recharts 3 draws its layers into React portals, and React listens for events on every portal
 * container. Chromium makes an SVG element with focus listeners focusable, so Tab would stop on
 * each of a chart's invisible `<g>` layers, with no focus to see. `tabindex="-1"` takes them out
 * of the tab order; the chart surface itself stays one visible stop (arrow keys move its tooltip).
 */
export function useUnfocusableChartLayers(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fix = () =>
      root
        .querySelectorAll('svg g[class*="recharts-zIndex-layer"]:not([tabindex])')
        .forEach((layer) => layer.setAttribute('tabindex', '-1'));
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}

/**
 * Keeps its last children while inactive: React skips the subtree until it is active again, and
 * then redraws only if the chart changed meanwhile. (On a skip React keeps the props it last
 * rendered, so `prev` is what is on screen.)
 */
const HeldWhileAway = memo(
  function HeldWhileAway({ children }: { active: boolean; children: ReactNode }) {
    return children;
  },
  (prev, next) => prev.children === next.children || !next.active,
);

/**
 * A chart with its text alternative: named by what it shows and its takeaway. A figure, not an
 * image, because some charts hold controls (legend toggles, sector buttons) that must stay
 * reachable; the table view carries every number as text.
 */
export function ChartFigure({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  useUnfocusableChartLayers(ref);
  // Charts below the fold are drawn when the reader scrolls near them, and follow filter changes
  // only while near.
  const { drawn, near } = useNearViewport(ref);
  // The page measures the chart's box (the chart itself never measures): before paint when the
  // figure is laid out, so the chart's first draw is its last; again when the figure is resized
  // (a rotated phone, a resized window), never on a filter change. A figure whose panel body the
  // browser skips as off screen (content-visibility: auto) is measured when it is first laid
  // out: asking for its width now would lay that whole body out inside React's commit.
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const figure = ref.current;
    if (!figure) return;
    const measure = () => setWidth(Math.round(figure.clientWidth));
    if (figure.checkVisibility({ contentVisibilityAuto: true })) measure();
    const observer = new ResizeObserver(measure);
    observer.observe(figure);
    return () => observer.disconnect();
  }, []);
  // On paper the chart is drawn for the page's content width, not scaled from the screen's.
  const paperWidth = usePrintMedium().contentWidth;
  const env = useMemo(
    () =>
      paperWidth === null
        ? screenEnv(width)
        : staticEnv({ width: paperWidth, height: PRINT_CHART_HEIGHT }, 'print'),
    [width, paperWidth],
  );
  // Its own compositor layer: a frame in which another chart changed then reuses this chart's
  // paint instead of walking its marks again.
  return (
    <figure ref={ref} aria-label={label} className={`will-change-transform ${className ?? ''}`}>
      <ChartEnvContext.Provider value={env}>
        {drawn ? <HeldWhileAway active={near}>{children}</HeldWhileAway> : null}
      </ChartEnvContext.Provider>
    </figure>
  );
}
