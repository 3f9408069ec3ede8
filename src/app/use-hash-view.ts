import { useSyncExternalStore } from 'react';

export type AppView = 'dashboard' | 'about';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** `#about` shows the About view; anything else the dashboard. Back returns to the dashboard. */
export function useHashView(): AppView {
  return useSyncExternalStore(subscribe, () =>
    window.location.hash === '#about' ? 'about' : 'dashboard',
  );
}
