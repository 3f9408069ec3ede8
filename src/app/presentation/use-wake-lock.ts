import { useEffect } from 'react';

/**
 * Keeps the screen awake while presenting (Screen Wake Lock API). The browser drops the lock
 * whenever the page is hidden, so it is asked for again each time the page becomes visible.
 * Browsers without the API simply let the screen sleep as before.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const request = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const lock = await navigator.wakeLock.request('screen');
        if (stopped) void lock.release();
        else sentinel = lock;
      } catch {
        // Refused (battery saver, no user activation yet): the next visibility change asks again.
      }
    };
    const onVisibilityChange = () => void request();
    document.addEventListener('visibilitychange', onVisibilityChange);
    void request();
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      void sentinel?.release();
    };
  }, [active]);
}
