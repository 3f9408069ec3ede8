/**
 * Registers the precaching service worker in production builds only. When a newer build (and so
 * newer datasets) is published, the new worker takes over and the page reloads once to show it.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  registerSW({ immediate: true });
}
