import { useRef } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport } from './use-near-viewport';

/** A stand-in IntersectionObserver: the test says when a chart enters a band around the screen. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets: Element[] = [];
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    FakeObserver.all = FakeObserver.all.filter((observer) => observer !== this);
  }
  fire(isIntersecting: boolean) {
    const entries = this.targets.map((target) => ({ isIntersecting, target }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as never);
  }
}

/** Every observer watching the band `margin` (e.g. "10% 0px") reports the chart inside it. */
function enterBand(margin: string): number {
  const watching = FakeObserver.all.filter((observer) => observer.options.rootMargin === margin);
  act(() => watching.forEach((observer) => observer.fire(true)));
  return watching.length;
}

function renderChart(): HTMLElement {
  function Chart() {
    const ref = useRef<HTMLDivElement>(null);
    const { drawn, near } = useNearViewport(ref);
    return <div ref={ref} data-testid="chart" data-drawn={drawn} data-near={near} />;
  }
  render(<Chart />);
  return screen.getByTestId('chart');
}

const checkVisibility = Element.prototype.checkVisibility;

beforeEach(() => {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  // Three screens down, and shown (jsdom lays nothing out).
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    top: 3 * window.innerHeight,
    bottom: 3.5 * window.innerHeight,
  } as DOMRect);
  Element.prototype.checkVisibility = () => true;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Element.prototype.checkVisibility = checkVisibility;
  window.scrollY = 0;
});

describe('charts are drawn when the reader gets to them', () => {
  it('leaves a chart below the fold undrawn until the reader scrolls near it', () => {
    const chart = renderChart();
    expect(chart.dataset.drawn).toBe('false');
    // Before any scroll nothing watches the draw-ahead band: the load draws the first screen only.
    expect(enterBand('50% 0px')).toBe(0);
    expect(chart.dataset.drawn).toBe('false');

    act(() => void window.dispatchEvent(new Event('scroll')));
    expect(enterBand('50% 0px')).toBe(1);
    // Drawn half a screen ahead, but it follows the filters only once it is near.
    expect(chart.dataset.drawn).toBe('true');
    expect(chart.dataset.near).toBe('false');

    enterBand('10% 0px');
    expect(chart.dataset.near).toBe('true');
  });

  it('draws a chart that comes near without any scroll (a focus area hiding panels above)', () => {
    const chart = renderChart();
    enterBand('10% 0px');
    expect(chart.dataset.drawn).toBe('true');
    expect(chart.dataset.near).toBe('true');
  });

  it('draws ahead at once on a page the reader has already scrolled', () => {
    window.scrollY = 200;
    const chart = renderChart();
    expect(enterBand('50% 0px')).toBe(1);
    expect(chart.dataset.drawn).toBe('true');
  });

  it('draws every chart, with the current filters, before the page is printed', () => {
    const chart = renderChart();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(chart.dataset.drawn).toBe('true');
    expect(chart.dataset.near).toBe('true');
    // After printing, a chart far off screen stops following the filters again.
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(chart.dataset.drawn).toBe('true');
    expect(chart.dataset.near).toBe('false');
  });

  describe('a chart on the first screen', () => {
    beforeEach(() => {
      vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
        top: 100,
        bottom: 500,
      } as DOMRect);
    });

    it('is drawn in its first render, measured before paint', () => {
      const chart = renderChart();
      expect(chart.dataset.drawn).toBe('true');
      expect(chart.dataset.near).toBe('true');
    });
  });
});
