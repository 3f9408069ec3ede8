import { useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, type ExportSettings } from './types';

/**
 * The export choices (size, density, theme), shared by every Export menu so that "Export all"
 * uses what was last chosen, and the one lock that lets a single export run at a time.
 */
let settings: ExportSettings = DEFAULT_SETTINGS;
let busy = false;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useExportSettings(): [ExportSettings, (change: Partial<ExportSettings>) => void] {
  const current = useSyncExternalStore(subscribe, () => settings);
  return [current, updateExportSettings];
}

export function updateExportSettings(change: Partial<ExportSettings>): void {
  settings = { ...settings, ...change };
  emit();
}

export function useExportBusy(): boolean {
  return useSyncExternalStore(subscribe, () => busy);
}

/** Takes the lock; false when an export is already running. */
export function acquireExportLock(): boolean {
  if (busy) return false;
  busy = true;
  emit();
  return true;
}

export function releaseExportLock(): void {
  busy = false;
  emit();
}
