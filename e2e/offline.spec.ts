import { expect, test } from '@playwright/test';
import { expectAllCharts } from './support';

test.use({ serviceWorkers: 'allow' });

test('once opened, the dashboard works with the network gone', async ({ page, context }) => {
  await page.goto('/');
  // Wait until the service worker controls the page and has precached the app and datasets.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    return registration.active?.state;
  });
  await context.setOffline(true);
  // Playwright's offline emulation does not reach navigator.onLine in a reloaded document, as a
  // real browser's would: report it the way the browser does.
  await context.addInitScript(() =>
    Object.defineProperty(navigator, 'onLine', { get: () => false }),
  );
  await page.reload();
  await expect(page.getByTestId('offline-note')).toContainText('Offline');
  await expectAllCharts(page); // scrolling to each, as its chart is drawn when near
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});
