import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { successHandler } from '../../mock-data/handlers';
import '@/lib/i18n';
import { preloadCharts } from '@/components/chart/lazy-chart';
import { flushViewState } from '@/lib/view-state';

export const server = setupServer(successHandler);

// Two cores shared by many jobs: a page that takes a few seconds to appear is slow, not broken.
configure({ asyncUtilTimeout: 10_000 });

// Any request no handler covers is a test bug, not a silent pass.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
  // A filter change is written to the address a frame later: the next test starts from it.
  flushViewState();
});
afterAll(() => server.close());

/*
 * What jsdom lacks, stood in for here so the shipped code has no test-only branches. jsdom lays
 * nothing out, so every element is "on screen": an IntersectionObserver that reports each element
 * it watches as in view at once, and an element is visible while it is in the document.
 */
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

class InViewObserver implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin = '0px';
  readonly scrollMargin = '0px';
  readonly thresholds = [0];
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    const entry = { target, isIntersecting: true, intersectionRatio: 1 };
    this.callback([entry as unknown as IntersectionObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}
globalThis.IntersectionObserver ??= InViewObserver;
// Node-environment test files (no DOM) share this setup.
if (typeof Element !== 'undefined')
  Element.prototype.checkVisibility ??= function (this: Element) {
    return this.isConnected;
  };

// The browser loads the chart code before its first render (src/app/start.tsx); so do the tests.
beforeAll(() => preloadCharts());
