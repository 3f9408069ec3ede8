import { expect, test, type Locator, type Page } from '@playwright/test';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function tableRowHeaders(panel: Locator): Promise<string[]> {
  const toggle = panel.getByRole('button', { name: 'Table', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  return panel.locator('table').first().getByRole('rowheader').allInnerTexts();
}

test.describe('filters and shareable views', () => {
  test('the year range changes every time series table and the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('2018');
    await page.getByRole('combobox', { name: 'To', exact: true }).selectOption('2020');
    await expect(page).toHaveURL(/\?from=2018&to=2020$/);
    expect(await tableRowHeaders(region(page, 'Ranking trends'))).toEqual(['2018', '2019', '2020']);
    expect(await tableRowHeaders(region(page, 'Start-up growth'))).toEqual([
      '2018',
      '2019',
      '2020',
    ]);
    await expect(region(page, 'Fintech').getByTestId('takeaway')).toHaveText(
      'Latest figure: 468 fintech start-ups in 2020.',
    );
    await expect(page.getByText('3 years shown')).toBeVisible();
  });

  test('the ranking index and percentile change the numbers', async ({ page }) => {
    await page.goto('/?from=2020&to=2020');
    await page.getByRole('checkbox', { name: 'GII' }).uncheck();
    await page.getByRole('combobox', { name: 'Show ranks as' }).selectOption('percentile');
    await expect(page).toHaveURL(/index=imd-digital/);
    const rankings = region(page, 'Ranking trends');
    await rankings.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(rankings.locator('table tbody tr').first()).toHaveText(/2020\s*7\.9%/);
    await expect(rankings.locator('table thead')).not.toContainText('Global Innovation Index');
  });

  test('a focus area hides untagged panels and says how many', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Focus area' }).selectOption('fintech');
    await expect(
      page.getByText(/panels? hidden: not tagged with Financial technologies/),
    ).toBeVisible();
    await expect(region(page, 'Ranking trends')).toHaveCount(0);
    await expect(region(page, 'Fintech')).toBeVisible();
  });

  test('chips remove one filter and Reset clears all', async ({ page }) => {
    await page.goto('/?from=2018&area=fintech&metric=percentile');
    const chips = page.getByRole('list', { name: 'Active filters' });
    await expect(chips.getByRole('button')).toHaveCount(3);
    await chips.getByRole('button', { name: /Remove filter: Focus/ }).click();
    await expect(page).not.toHaveURL(/area=/);
    await expect(chips.getByRole('button')).toHaveCount(2);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(chips).toHaveCount(0);
  });

  test('a copied link reproduces the view in a new page', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('2019');
    const funding = region(page, 'Funding breakdown');
    await funding.scrollIntoViewIfNeeded(); // its chart, with the sector buttons, is drawn when near
    await funding.getByRole('button', { name: 'Biotechnology', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/from=2019/);
    expect(copied).toMatch(/sector=biotechnology/);

    const other = await context.newPage();
    await other.goto(copied);
    await expect(region(other, 'Funding breakdown').getByTestId('takeaway')).toHaveText(
      /^Biotechnology: 9\.7%/,
    );
    expect(await tableRowHeaders(region(other, 'Start-up growth'))).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });

  test('Back and Forward move through filter changes', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('2016');
    await page.getByRole('combobox', { name: 'Focus area' }).selectOption('biotech');
    await expect(page).toHaveURL(/from=2016&area=biotech/);
    await page.goBack();
    await expect(page).toHaveURL(/\?from=2016$/);
    await expect(page.getByRole('combobox', { name: 'Focus area' })).toHaveValue('');
    await page.goBack();
    await expect(page.getByRole('combobox', { name: 'From', exact: true })).toHaveValue('2013');
    await page.goForward();
    await expect(page.getByRole('combobox', { name: 'From', exact: true })).toHaveValue('2016');
  });

  test('cross-filter: clicking a bar and pressing a legend item by keyboard', async ({ page }) => {
    await page.goto('/');
    const funding = region(page, 'Funding breakdown');
    await funding.scrollIntoViewIfNeeded(); // its chart is drawn when the reader scrolls near it
    await funding.locator('.recharts-bar-rectangle').nth(3).click();
    await expect(page).toHaveURL(/sector=biotechnology/);
    await expect(
      page.getByRole('button', { name: 'Remove filter: Sector: Biotechnology' }),
    ).toBeVisible();

    const legendItem = region(page, 'Ranking trends').getByRole('button', {
      name: 'Global Innovation Index',
    });
    await legendItem.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/index=imd-digital/);
    await expect(legendItem).toHaveAttribute('aria-pressed', 'false');
  });

  test('invalid parameters fall back to defaults without an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(
      '/?from=abc&to=99999&area=moon&index=x&metric=%3Cscript%3E&sector=' + 'z'.repeat(300),
    );
    await expect(region(page, 'Ranking trends').getByTestId('takeaway')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
