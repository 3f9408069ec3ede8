import { useEffect } from 'react';

/** Calls `advance` every `seconds` unless paused; restarts the count whenever `slideKey` changes. */
export function useAutoAdvance(
  seconds: number | null,
  paused: boolean,
  slideKey: number,
  advance: () => void,
): void {
  useEffect(() => {
    if (seconds === null || paused) return;
    const timer = window.setTimeout(advance, seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [seconds, paused, slideKey, advance]);
}
