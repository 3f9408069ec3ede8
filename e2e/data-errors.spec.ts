import { expect, test, type Page, type Route } from '@playwright/test';
import { PANEL_NAMES, chartSurface, expectChart, panel, type PanelName } from './support';

/**
 * One dataset fails in the production build; its panel says so and offers Retry, the others draw.
 * 5xx answers are retried twice with back-off (about 1 s, then 2 s) before the error shows.
 */
const RETRIED_ERROR_TIMEOUT = 15_000;

/** Routes one data file and counts how often the app asked for it. */
async function routeDataset(
  page: Page,
  file: string,
  handler: (route: Route) => Promise<void>,
): Promise<{ requests: () => number; restore: () => Promise<void> }> {
  let count = 0;
  const pattern = `**/data/${file}`;
  await page.route(pattern, async (route) => {
    count += 1;
    await handler(route);
  });
  return { requests: () => count, restore: () => page.unroute(pattern) };
}

async function expectOtherPanelsDraw(page: Page, failed: PanelName): Promise<void> {
  for (const name of PANEL_NAMES) {
    if (name === failed) continue;
    const region = panel(page, name);
    await expectChart(region);
    await expect(region.getByRole('alert')).toHaveCount(0);
  }
}

/**
 * A missing file or bad data is not retried. Automatic retries would come about 1 s and 3 s after
 * the first failure, so wait past both and count. Up to two requests are expected: the headline
 * strip subscribes to the dataset once the manifest arrives and react-query refetches a query that
 * is already in error when a new observer mounts (its `retryOnMount` default).
 */
async function expectNoRetries(page: Page, requests: () => number): Promise<void> {
  await page.waitForTimeout(3_500);
  expect(requests()).toBeGreaterThanOrEqual(1);
  expect(requests(), 'the failed request was retried with back-off').toBeLessThan(3);
}

/** Restores the real file, clicks Retry and expects the chart. */
async function retryAndRecover(
  page: Page,
  name: PanelName,
  restore: () => Promise<void>,
): Promise<void> {
  const region = panel(page, name);
  await restore();
  await region.getByRole('button', { name: 'Retry' }).click();
  await expect(region.getByRole('alert')).toHaveCount(0, { timeout: RETRIED_ERROR_TIMEOUT });
  await expectChart(region);
  await expect(region.getByTestId('takeaway')).not.toBeEmpty();
}

test('a server error on funding stays in its panel, after retries, and Retry recovers', async ({
  page,
}) => {
  const funding = await routeDataset(page, 'funding.json', (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
  );
  await page.goto('/');

  const region = panel(page, 'Funding breakdown');
  const alert = region.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: RETRIED_ERROR_TIMEOUT });
  await expect(alert).toContainText('Funding breakdown could not be shown');
  await expect(alert).toContainText('The data server reported an error.');
  await expect(alert.getByTestId('error-detail')).toHaveText('funding: the server answered 500');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(chartSurface(region)).toHaveCount(0);
  // The first request and two automatic retries.
  expect(funding.requests()).toBe(3);

  await expectOtherPanelsDraw(page, 'Funding breakdown');
  // The headline strip keeps the figures whose datasets loaded.
  await expect(page.getByRole('region', { name: 'Headline figures' })).toContainText('3,360');

  await retryAndRecover(page, 'Funding breakdown', funding.restore);
});

test('a missing funding file (404) is reported and not retried', async ({ page }) => {
  const funding = await routeDataset(page, 'funding.json', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  );
  await page.goto('/');

  const alert = panel(page, 'Funding breakdown').getByRole('alert');
  await expect(alert).toContainText('Funding breakdown could not be shown');
  await expect(alert).toContainText('The dataset was not found on the data server.');
  await expect(alert.getByTestId('error-detail')).toHaveText('funding: the server answered 404');
  await expectNoRetries(page, funding.requests);
  await expectOtherPanelsDraw(page, 'Funding breakdown');

  await retryAndRecover(page, 'Funding breakdown', funding.restore);
});

test('malformed JSON for rankings says it is not valid JSON', async ({ page }) => {
  const rankings = await routeDataset(page, 'rankings.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"id":' }),
  );
  await page.goto('/');

  const region = panel(page, 'Ranking trends');
  const alert = region.getByRole('alert');
  await expect(alert).toContainText('Ranking trends could not be shown');
  await expect(alert).toContainText('not valid JSON');
  await expect(alert.getByTestId('error-detail')).toHaveText(
    'rankings: the file is not valid JSON',
  );
  await expect(chartSurface(region)).toHaveCount(0);
  await expectNoRetries(page, rankings.requests);
  await expectOtherPanelsDraw(page, 'Ranking trends');

  await retryAndRecover(page, 'Ranking trends', rankings.restore);
});

test('rankings that break the schema name the bad field and draw nothing', async ({ page }) => {
  const rankings = await routeDataset(page, 'rankings.json', async (route) => {
    // The real file from the preview server, with one rank made negative.
    const response = await route.fetch();
    const json = (await response.json()) as { observations: Array<{ value: number }> };
    json.observations[2]!.value = -3;
    await route.fulfill({ response, json });
  });
  await page.goto('/');

  const region = panel(page, 'Ranking trends');
  const alert = region.getByRole('alert');
  await expect(alert).toContainText('Ranking trends could not be shown');
  await expect(alert).toContainText('does not match the expected format');
  await expect(alert.getByTestId('error-detail')).toContainText('rankings: observations[2].value');
  await expect(chartSurface(region)).toHaveCount(0);
  await expect(region.getByRole('table')).toHaveCount(0);
  await expectOtherPanelsDraw(page, 'Ranking trends');

  await retryAndRecover(page, 'Ranking trends', rankings.restore);
  await region.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(region.getByRole('row', { name: /^2015\b/ })).toContainText('11 / 141');
});
