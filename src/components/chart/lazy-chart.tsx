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

const preloaders = new Set<() => Promise<unknown>>();
/** Charts showing a prerendered drawing, told when a chart's code has arrived. */
const loadListeners = new Set<() => void>();
function onLoad(listener: () => void): () => void {
  loadListeners.add(listener);
  return () => loadListeners.delete(listener);
}

/**
 * A chart whose code (recharts, most of the app's weight) is fetched after the entry chunk, so the
 * first load stays small. On the prerendered page the first render shows each chart's prerendered
 * drawing and the app fetches the code just after; otherwise the app fetches it before its first
 * render. Elsewhere (a test, a failed preload) the chart suspends until its code is here.
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
  preloaders.add(preload);
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
      if (!loaded) return onLoad(() => startTransition(redraw));
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
  return Promise.all([...preloaders].map((preload) => preload().catch(() => undefined))).then(
    () => undefined,
  );
}
