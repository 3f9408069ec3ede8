import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { nextRefreshDelay, startRefreshSchedule } from './refresh-schedule';

const HOUR = 3_600_000;

describe('nextRefreshDelay', () => {
  it('waits the interval after a success and backs off after failures, never past the interval', () => {
    expect(nextRefreshDelay(HOUR, 0)).toBe(HOUR);
    expect(nextRefreshDelay(HOUR, 1)).toBe(60_000);
    expect(nextRefreshDelay(HOUR, 2)).toBe(120_000);
    expect(nextRefreshDelay(HOUR, 5)).toBe(900_000);
    expect(nextRefreshDelay(HOUR, 500)).toBe(900_000);
    expect(nextRefreshDelay(5 * 60_000, 9)).toBe(5 * 60_000);
  });
});

describe('startRefreshSchedule', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function clientWith(fetcher: () => Promise<number>) {
    const client = new QueryClient({
      defaultOptions: { queries: { retry: false, gcTime: Infinity } },
    });
    client.getQueryCache().build(client, { queryKey: ['n'], queryFn: fetcher });
    client.setQueryData(['n'], 0);
    return client;
  }

  it('refreshes once the wall clock passes the interval, even after one long sleep', async () => {
    const fetcher = vi.fn(() => Promise.resolve(1));
    const stop = startRefreshSchedule(clientWith(fetcher), HOUR);
    await vi.advanceTimersByTimeAsync(HOUR - 60_000);
    expect(fetcher).not.toHaveBeenCalled();
    // The machine sleeps: the clock jumps, the pending check fires once, late.
    vi.setSystemTime(Date.now() + 5 * HOUR);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetcher).toHaveBeenCalledTimes(1);
    stop();
    await vi.advanceTimersByTimeAsync(10 * HOUR);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('keeps the last good data when a refresh fails and tries again sooner', async () => {
    let up = true;
    const fetcher = vi.fn(() => (up ? Promise.resolve(2) : Promise.reject(new Error('503'))));
    const client = clientWith(fetcher);
    const stop = startRefreshSchedule(client, HOUR);
    up = false;
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(client.getQueryData(['n'])).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetcher).toHaveBeenCalledTimes(2);
    up = true;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetcher).toHaveBeenCalledTimes(3);
    expect(client.getQueryData(['n'])).toBe(2);
    stop();
  });
});
