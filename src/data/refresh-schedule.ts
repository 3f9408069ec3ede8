import { useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';

/**
 * A lobby screen's data refresh. Every query is fetched again on a schedule; a failed refresh
 * keeps the last good data (react-query keeps `data` when a refetch fails) and is tried again
 * sooner, with back-off, until the server answers. Due times are compared with the wall clock on
 * each check, so a machine that slept through a refresh does it as soon as it wakes.
 */

const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 15 * 60_000;
/** How often the schedule looks at the clock; a refresh is at most this late. */
export const CHECK_EVERY_MS = 30_000;

/** The wait before the next refresh: the interval after a success, a growing wait after failures. */
export function nextRefreshDelay(intervalMs: number, failures: number): number {
  if (failures <= 0) return intervalMs;
  return Math.min(FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 20), MAX_RETRY_MS, intervalMs);
}

export interface RefreshStatus {
  /** When the data last loaded or refreshed in full (ms since the epoch). */
  lastSuccessAt: number | null;
  /** When the last refresh failed, while it has not yet recovered. */
  lastFailureAt: number | null;
}

let status: RefreshStatus = { lastSuccessAt: null, lastFailureAt: null };
const listeners = new Set<() => void>();

function setStatus(next: RefreshStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export function useRefreshStatus(): RefreshStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}

function anyFailed(client: QueryClient): boolean {
  return client
    .getQueryCache()
    .getAll()
    .some((query) => query.state.status === 'error');
}

/** Starts the schedule; returns the function that stops it (timer and listener both). */
export function startRefreshSchedule(client: QueryClient, intervalMs: number): () => void {
  let failures = anyFailed(client) ? 1 : 0;
  let due = Date.now() + nextRefreshDelay(intervalMs, failures);
  let timer = 0;
  let running = false;
  let stopped = false;
  if (!failures) setStatus({ ...status, lastSuccessAt: status.lastSuccessAt ?? Date.now() });

  const refresh = async () => {
    running = true;
    await client.refetchQueries();
    running = false;
    if (stopped) return;
    const now = Date.now();
    if (anyFailed(client)) {
      failures += 1;
      setStatus({ ...status, lastFailureAt: now });
    } else {
      failures = 0;
      setStatus({ lastSuccessAt: now, lastFailureAt: null });
    }
    due = now + nextRefreshDelay(intervalMs, failures);
    schedule();
  };
  const check = () => {
    if (stopped || running) return;
    if (Date.now() >= due) void refresh();
    else schedule();
  };
  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, Math.max(0, Math.min(CHECK_EVERY_MS, due - Date.now())));
  }
  // Waking from sleep: look at the clock at once rather than at the next check.
  const onVisible = () => {
    if (document.visibilityState === 'visible') check();
  };
  document.addEventListener('visibilitychange', onVisible);
  schedule();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
