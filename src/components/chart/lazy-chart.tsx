import {
  startTransition,
  Suspense,
  use,
  useContext,
  useEffect,
  useReducer,
  type ComponentType,
  type ReactElement,
} from 'react';
import { ChartSnapshotContext, PrerenderedChart } from './chart-snapshots';

/** Every lazy chart: how to start loading its code, and whether it is here. */
const charts = new Set<{ preload: () => Promise<unknown>; isLoaded: () => boolean }>();
/** Charts showing a prerendered drawing, told when a chart's code has arrived. */
const loadListeners = new Set<() => void>();
function onLoad(listener: () => void): () => void {
  loadListeners.add(listener);
  return () => loadListeners.delete(listener);
}

/**
 * A chart whose code (recharts, most of the app's weight) is fetched after the entry chunk, so the
 * first load stays small. On the prerendered page the first render shows each chart's prerendered
 * drawing and the chart fetches its code just after; otherwise the app fetches it before its
 * first render. Elsewhere (a test, a failed preload) the chart suspends until its code is here.
 */
export function lazyChart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (chart) => {
        loaded = chart;
        loadListeners.forEach((listener) => listener());
        return chart;
      },
      (error: unknown) => {
        pending = undefined; // a failed chunk (offline, new deploy) may load on Retry
        throw error;
      },
    ));
  charts.add({ preload, isLoaded: () => loaded !== undefined });
  function AwaitedChart(props: P): ReactElement {
    const Chart = use(preload());
    return <Chart {...props} />;
  }
  function LazyChart(props: P): ReactElement {
    const snapshot = useContext(ChartSnapshotContext);
    const [, redraw] = useReducer((n: number) => n + 1, 0);
    const showsSnapshot = !loaded && snapshot !== undefined;
    // Swapping the drawing for the live chart is a transition: React renders the chart in slices
    // and the page stays responsive meanwhile.
    useEffect(() => {
      if (!showsSnapshot) return;
      if (!loaded) {
        const stop = onLoad(() => startTransition(redraw));
        // A drawing on screen fetches its own chart's code: the rest waits for the reader.
        preload().catch(() => undefined);
        return stop;
      }
      startTransition(redraw); // arrived between the render and this effect
    }, [showsSnapshot]);
    if (loaded) {
      const Chart = loaded;
      return <Chart {...props} />;
    }
    // The prerendered drawing, until the code arrives (the app loads it after its first render).
    if (snapshot) return <PrerenderedChart />;
    // Its own boundary: the panel around it keeps its title, takeaway and table meanwhile.
    return (
      <Suspense fallback={null}>
        <AwaitedChart {...props} />
      </Suspense>
    );
  }
  return LazyChart;
}

/**
 * Starts loading every chart's code and resolves when all is loaded; never rejects (a panel's
 * Retry loads it later).
 */
export function preloadCharts(): Promise<void> {
  return Promise.all([...charts].map((chart) => chart.preload().catch(() => undefined))).then(
    () => undefined,
  );
}

/**
 * Every chart's code once the reader first scrolls, taps, clicks or presses a key: a chart nobody
 * has come near costs nothing at the start (on a phone no chart is on the first screen), and the
 * code is usually here before the reader reaches a chart. A chart drawn earlier loads its own.
 */
export function preloadChartsOnFirstInput(): () => void {
  const kinds = ['scroll', 'wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
  const options = { capture: true, passive: true };
  const stop = () => kinds.forEach((kind) => window.removeEventListener(kind, start, options));
  function start() {
    stop();
    void preloadCharts();
  }
  kinds.forEach((kind) => window.addEventListener(kind, start, options));
  return stop;
}

/** Whether every chart's code is here (a printed page draws every chart at once). */
export function chartsLoaded(): boolean {
  return [...charts].every((chart) => chart.isLoaded());
}
