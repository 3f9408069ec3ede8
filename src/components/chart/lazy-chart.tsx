import { Suspense, use, type ComponentType, type ReactElement } from 'react';

const preloaders = new Set<() => Promise<unknown>>();

/**
 * A chart whose code (recharts, most of the app's weight) is fetched after the entry chunk, so the
 * first load stays small; the prerendered page already shows the charts meanwhile. The app calls
 * `preloadCharts()` before its first render, so in the browser no panel ever suspends; elsewhere
 * (a test, a failed preload) the chart suspends until its code is here.
 */
export function lazyChart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (chart) => (loaded = chart),
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
    if (loaded) {
      const Chart = loaded;
      return <Chart {...props} />;
    }
    // Its own boundary: the panel around it keeps its title, takeaway and table meanwhile.
    return (
      <Suspense fallback={null}>
        <AwaitedChart {...props} />
      </Suspense>
    );
  }
  return LazyChart;
}

/** Resolves when every chart's code is loaded; never rejects (a panel's Retry loads it later). */
export function preloadCharts(): Promise<void> {
  return Promise.all([...preloaders].map((preload) => preload())).then(
    () => undefined,
    () => undefined,
  );
}
