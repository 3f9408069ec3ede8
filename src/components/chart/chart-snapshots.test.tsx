import type { ReactElement } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const DRAWING = '<svg class="recharts-surface"><path d="M0 0L10 10"></path></svg>';

/** The page as index.html ships it: the prerendered copy, with the ranking chart's drawing. */
function prerenderedPage(): void {
  document.body.innerHTML = `<div id="root"><div data-prerendered="en" inert aria-hidden="true">
    <section><figure data-snapshot="rankings">${DRAWING}</figure></section></div></div>`;
}

// Fresh modules per test: the drawings are kept in module state, once per page load.
const load = async () => ({
  ...(await import('./chart-snapshots')),
  ...(await import('./lazy-chart')),
  ...(await import('@/lib/view-state')),
});

beforeEach(() => vi.resetModules());
afterEach(() => {
  window.history.replaceState(null, '', '/');
  delete document.documentElement.dataset.prerender;
  document.body.innerHTML = '';
});

describe('prerendered chart drawings', () => {
  it('are kept by panel and stand in only while the view is the one they show', async () => {
    const { keepPrerenderedCharts, chartSnapshot, hasChartSnapshots, setViewState } = await load();
    prerenderedPage();
    keepPrerenderedCharts();
    expect(hasChartSnapshots()).toBe(true);
    expect(chartSnapshot('rankings')?.innerHTML).toBe(DRAWING);
    expect(chartSnapshot('funding')).toBeUndefined();

    void setViewState({ from: 2019 });
    expect(chartSnapshot('rankings')).toBeUndefined();
  });

  it('stand in for a chart whose code is still loading, which then replaces them', async () => {
    const { keepPrerenderedCharts, chartSnapshot, ChartSnapshotContext, lazyChart, preloadCharts } =
      await load();
    prerenderedPage();
    keepPrerenderedCharts();
    let arrive: (chart: () => ReactElement) => void = () => undefined;
    const loader = vi.fn(() => new Promise<() => ReactElement>((resolve) => (arrive = resolve)));
    const Chart = lazyChart<object>(loader);
    document.body.innerHTML = '';
    render(
      <ChartSnapshotContext.Provider value={chartSnapshot('rankings')}>
        <Chart />
      </ChartSnapshotContext.Provider>,
    );
    const standIn = document.querySelector('[data-chart-snapshot]');
    expect(standIn?.innerHTML).toBe(DRAWING);
    expect(standIn).toHaveAttribute('inert');
    // A drawing on screen fetches its own chart's code, once.
    expect(loader).toHaveBeenCalledTimes(1);

    await act(async () => {
      const all = preloadCharts();
      arrive(() => <p>live chart</p>);
      await all;
    });
    expect(loader).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('live chart')).toBeInTheDocument();
    expect(document.querySelector('[data-chart-snapshot]')).toBeNull();
  });

  it('are not kept when the page hid its prerendered copy (another view or language)', async () => {
    const { keepPrerenderedCharts, chartSnapshot, hasChartSnapshots } = await load();
    prerenderedPage();
    document.documentElement.dataset.prerender = 'off';
    keepPrerenderedCharts();
    expect(hasChartSnapshots()).toBe(false);
    expect(chartSnapshot('rankings')).toBeUndefined();
  });
});

describe('chart code', () => {
  it('loads at the reader’s first input, not before, and once', async () => {
    const { lazyChart, preloadChartsOnFirstInput, chartsLoaded } = await load();
    const loader = vi.fn(() => Promise.resolve(() => <p>chart</p>));
    lazyChart<object>(loader);
    const stop = preloadChartsOnFirstInput();
    await act(async () => undefined);
    expect(loader).not.toHaveBeenCalled();
    expect(chartsLoaded()).toBe(false);

    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
      window.dispatchEvent(new Event('scroll'));
    });
    expect(loader).toHaveBeenCalledTimes(1);
    expect(chartsLoaded()).toBe(true);
    stop();
  });
});
