import { useEffect, useSyncExternalStore } from 'react';

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof THEMES)[number];
export type ResolvedTheme = Exclude<ThemeChoice, 'system'>;

const STORAGE_KEY = 'hk-innovation-theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function storedTheme(): ThemeChoice | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(value) ? value : null;
  } catch {
    return null; // storage can be disabled (private mode, kiosk policies)
  }
}

export function storeTheme(choice: ThemeChoice): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not persisting is acceptable; the URL still carries the choice.
  }
}

const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');

function subscribeToSystem(onChange: () => void) {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Resolves "system" through prefers-color-scheme, following it live. */
export function useResolvedTheme(choice: ThemeChoice): ResolvedTheme {
  const systemDark = useSyncExternalStore(subscribeToSystem, () => darkQuery()?.matches ?? false);
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** Puts the theme on <html> so every token (and so every chart colour) follows it. */
export function useApplyTheme(theme: ResolvedTheme): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
