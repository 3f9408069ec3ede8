import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { successHandler } from '../../mock-data/handlers';
import '@/lib/i18n';
import { preloadCharts } from '@/components/chart/lazy-chart';

export const server = setupServer(successHandler);

// Any request no handler covers is a test bug, not a silent pass.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

// jsdom has no ResizeObserver; recharts' ResponsiveContainer needs one.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

// The browser loads the chart code before its first render (src/app/start.tsx); so do the tests.
beforeAll(() => preloadCharts());
