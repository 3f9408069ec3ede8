import type { Page } from '@playwright/test';

/**
 * In-page timing of one change, from the trusted input event to the first paint after the page
 * stopped changing. `arm` starts listening before the input; `settle` waits until the observed
 * subtree has had no mutation for `quietMs` and returns the time from the input event's
 * timeStamp (when the browser received the input) to the rAF + setTimeout(0) that follows the
 * last mutation (just after the frame that shows it was painted).
 */

export interface ChangeTiming {
  /** Input to the paint after the last DOM mutation. */
  ms: number;
  /** Mutation batches seen: 0 would mean the change did not reach the observed elements. */
  batches: number;
  /** Longest Event Timing entry for the input (null: none at or above 16 ms was reported). */
  eventTiming: number | null;
}

interface Probe {
  start: number | null;
  lastMutation: number | null;
  paintAfterLast: number | null;
  batches: number;
  eventTiming: number | null;
  dispose: () => void;
}

type ProbeWindow = Window & { __benchProbe?: Probe };

export async function arm(page: Page, rootSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const w = window as ProbeWindow;
    w.__benchProbe?.dispose();
    const root = document.querySelector(selector) ?? document.body;
    const probe: Probe = {
      start: null,
      lastMutation: null,
      paintAfterLast: null,
      batches: 0,
      eventTiming: null,
      dispose: () => undefined,
    };
    const types = ['keydown', 'pointerdown', 'mousedown', 'click', 'input', 'change'];
    const onInput = (event: Event) => {
      if (probe.start === null && event.isTrusted) probe.start = event.timeStamp;
    };
    for (const type of types) document.addEventListener(type, onInput, { capture: true });
    const observer = new MutationObserver(() => {
      if (probe.start === null) return;
      probe.lastMutation = performance.now();
      const batch = ++probe.batches;
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (batch === probe.batches) probe.paintAfterLast = performance.now();
        }, 0),
      );
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const events = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (probe.start === null || entry.startTime < probe.start - 1) continue;
        probe.eventTiming = Math.max(probe.eventTiming ?? 0, entry.duration);
      }
    });
    events.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    probe.dispose = () => {
      for (const type of types) document.removeEventListener(type, onInput, { capture: true });
      observer.disconnect();
      events.disconnect();
    };
    w.__benchProbe = probe;
  }, rootSelector);
}

export async function settle(page: Page, quietMs = 150, timeoutMs = 20_000): Promise<ChangeTiming> {
  return page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise<ChangeTiming>((resolve, reject) => {
        const probe = (window as ProbeWindow).__benchProbe;
        if (!probe) return reject(new Error('probe not armed'));
        const began = performance.now();
        const check = () => {
          const now = performance.now();
          const { start, lastMutation, paintAfterLast } = probe;
          if (
            start !== null &&
            lastMutation !== null &&
            paintAfterLast !== null &&
            paintAfterLast >= lastMutation &&
            now - lastMutation >= quietMs
          ) {
            probe.dispose();
            resolve({
              ms: paintAfterLast - start,
              batches: probe.batches,
              eventTiming: probe.eventTiming,
            });
          } else if (now - began > timeoutMs) {
            probe.dispose();
            reject(
              new Error(start === null ? 'no trusted input event seen' : 'the page did not change'),
            );
          } else setTimeout(check, 25);
        };
        check();
      }),
    { quietMs, timeoutMs },
  );
}
