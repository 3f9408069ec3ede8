import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

/** A PerformanceObserver stand-in that reports a paint when the test says so. */
function stubPaintTiming() {
  const observers: Array<() => void> = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { paint: () => observers.forEach((report) => report()) };
}

/** Resolves to whether `promise` has settled after the pending microtasks ran. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
  delete document.documentElement.dataset.prerender;
});

describe('afterFirstPaint', () => {
  it('resolves at once when there is no prerendered page to wait for', async () => {
    stubPaintTiming();
    expect(await settled(afterFirstPaint())).toBe(true);
  });

  it('resolves at once when the boot script hid the prerendered page', async () => {
    stubPaintTiming();
    document.body.innerHTML = '<div id="root"><div data-prerendered></div></div>';
    document.documentElement.dataset.prerender = 'off';
    expect(await settled(afterFirstPaint())).toBe(true);
  });

  it('waits for the first paint of the prerendered page', async () => {
    const timing = stubPaintTiming();
    document.body.innerHTML = '<div id="root"><div data-prerendered></div></div>';
    const painted = afterFirstPaint();
    expect(await settled(painted)).toBe(false);
    timing.paint();
    expect(await settled(painted)).toBe(true);
  });

  it('does not wait more than two seconds for a paint that is never reported', async () => {
    vi.useFakeTimers();
    stubPaintTiming();
    document.body.innerHTML = '<div id="root"><div data-prerendered></div></div>';
    const painted = afterFirstPaint();
    expect(await settled(painted)).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(await settled(painted)).toBe(true);
  });
});
