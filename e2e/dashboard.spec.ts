import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  PANEL_NAMES,
  chartSurface,
  expectAllCharts,
  expectChart,
  panel,
  tableRow,
  type PanelName,
} from './support';

const TITLE = 'Hong Kong Innovation & Technology';

async function open({ page }: { page: Page }): Promise<void> {
  await page.goto('/');
}

/** Clicks the panel's "Table" toggle and returns its (first) data table. */
async function showTable(region: Locator): Promise<Locator> {
  const tableButton = region.getByRole('button', { name: 'Table', exact: true });
  await tableButton.click();
  await expect(tableButton).toHaveAttribute('aria-pressed', 'true');
  await expect(chartSurface(region)).toHaveCount(0);
  const table = region.locator('table').first();
  await expect(table).toBeVisible();
  return table;
}

/** Clicks "Chart" and checks the chart is back and the table gone. */
async function backToChart(region: Locator): Promise<void> {
  const chartButton = region.getByRole('button', { name: 'Chart', exact: true });
  await chartButton.click();
  await expect(chartButton).toHaveAttribute('aria-pressed', 'true');
  await expect(region.locator('table').first()).toBeHidden();
  await expectChart(region);
}

/** The data cells (not the row header) of the row whose header is `header`. */
function cells(region: Locator, header: string): Locator {
  return tableRow(region, header).getByRole('cell');
}

test.describe('page shell', () => {
  test.beforeEach(open);

  test('has the title, the heading and the data date', async ({ page }) => {
    await expect(page).toHaveTitle(TITLE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    // The manifest's asOf ("2025"), formatted by the app.
    await expect(page.getByText(/^Data as of \S+/)).toHaveText('Data as of 2025');
  });
});

test.describe('panels', () => {
  test.beforeEach(open);

  const takeaways: Record<PanelName, RegExp> = {
    'Ranking trends': /Global Innovation Index: .* in 2025\./,
    'Start-up growth': /Start-ups grew from 1,558 in 2015 to 5,221 in 2025 \(×3\.4, derived\)/,
    Fintech: /grew ×3\.4 \(derived: 468 ÷ 138\) from 138 in 2016 to 468 in 2020/,
    'Funding breakdown': /supported 19,008 projects with ≈HK\$22\.4 billion approved/,
  };

  for (const name of PANEL_NAMES) {
    test(`"${name}" shows a chart, a takeaway and its source`, async ({ page }) => {
      const region = panel(page, name);
      await expect(region.getByRole('heading', { level: 2 })).toHaveText(name);
      await expectChart(region);
      // The chart is one labelled figure for screen readers (named by what it shows and its takeaway).
      await expect(region.getByRole('figure')).toHaveAccessibleName(/chart/i);
      await expect(region.getByTestId('takeaway')).toHaveText(takeaways[name]);
      const source = region.getByTestId('source-line');
      await expect(source).toContainText('Source:');
      await expect(source).toContainText(
        'HKTDC Research, “Innovation and Technology Industry in Hong Kong” (12 March 2021)',
      );
    });
  }

  test('Ranking trends: the chart labels each point and the table holds the ranks', async ({
    page,
  }) => {
    const region = panel(page, 'Ranking trends');
    await expectChart(region);
    const svgText = chartSurface(region).locator('text');
    await expect(svgText.filter({ hasText: /^11 \/ 131$/ })).toHaveCount(1);
    await expect(svgText.filter({ hasText: /^5 \/ 63$/ })).toHaveCount(1);

    const table = await showTable(region);
    await expect(table.getByRole('columnheader')).toHaveText([
      'Year',
      'Global Innovation Index',
      'IMD World Digital Competitiveness Ranking',
    ]);
    await expect(cells(region, '2020')).toHaveText(['11 / 131', '5 / 63']);
    await expect(cells(region, '2017')).toHaveText(['16 / 127', '7 / 63']);
    await expect(cells(region, '2024')).toHaveText(['18 / 133', '7 / 67']);
    await expect(cells(region, '2021')).toHaveText(['14 / 132', '2 / 64']);
    // 2016: the IMD ranking began in 2017; the gap is said, not drawn as a number.
    await expect(cells(region, '2016')).toHaveText(['14 / 128', 'no figure']);
    await backToChart(region);
  });

  test('Start-up growth: the table holds counts, employees and gaps', async ({ page }) => {
    const region = panel(page, 'Start-up growth');
    await expectChart(region);
    await expect(
      chartSurface(region)
        .locator('text')
        .filter({ hasText: /^3,360$/ }),
    ).toHaveCount(1);

    const table = await showTable(region);
    await expect(table.getByRole('columnheader').nth(1)).toHaveText('Start-ups');
    const y2020 = cells(region, '2020');
    await expect(y2020.nth(0)).toHaveText('3,360');
    await expect(y2020.nth(1)).toHaveText(/^10,000\+/);
    await expect(cells(region, '2017').nth(0)).toHaveText('no figure');
    await expect(cells(region, '2017').nth(1)).toHaveText('no figure');
    await backToChart(region);
  });

  test('Fintech: the bars are labelled as published and the table agrees', async ({ page }) => {
    const region = panel(page, 'Fintech');
    await expectChart(region);
    const labels = chartSurface(region).locator('text');
    for (const label of ['138', '468', '600+'])
      await expect(
        labels.filter({ hasText: new RegExp(`^${label.replace('+', '\\+')}$`) }),
      ).toHaveCount(1);

    await showTable(region);
    await expect(cells(region, '2016')).toHaveText(['138']);
    await expect(cells(region, '2020')).toHaveText([/^468\b/]);
    await expect(cells(region, '2024')).toHaveText(['600+']);
    await expect(cells(region, '2018')).toHaveText(['no figure']);
    await backToChart(region);
  });

  test('Funding breakdown: shares, the derived remainder and derived counts', async ({ page }) => {
    const region = panel(page, 'Funding breakdown');
    await expectChart(region);

    const table = await showTable(region);
    await expect(table.getByRole('columnheader')).toHaveText([
      'Sector',
      'Share of projects',
      'Projects (derived)',
    ]);
    // 17% of 19,008 projects = 3,231.36, rounded (src/lib/derive.ts shareToCount) to 3,231.
    await expect(cells(region, 'Foundation industries')).toHaveText(['17%', '≈3,231']);
    // "Other sectors" is 100% minus the named four: derived, and marked so.
    await expect(cells(region, 'Other sectors')).toHaveText(['44.3% (derived)', '≈8,421']);
    // The second table: the article's funding lines.
    await expect(cells(region, 'ITF projects supported')).toHaveText(['19,008']);
    await backToChart(region);
  });

  test('Funding breakdown: "Projects (derived)" relabels the bars as counts', async ({ page }) => {
    const region = panel(page, 'Funding breakdown');
    await expectChart(region);
    const svgText = chartSurface(region).locator('text');
    await expect(svgText.filter({ hasText: /^17%$/ })).toHaveCount(1);
    await expect(svgText.filter({ hasText: /^≈3,231$/ })).toHaveCount(0);

    const projects = region.getByRole('radio', { name: 'Projects (derived)' });
    await projects.check();
    await expect(projects).toBeChecked();
    await expect(svgText.filter({ hasText: /^≈3,231$/ })).toHaveCount(1);
    await expect(svgText.filter({ hasText: /^≈8,421$/ })).toHaveCount(1);
    await expect(svgText.filter({ hasText: /^17%$/ })).toHaveCount(0);

    await region.getByRole('radio', { name: 'Share of projects' }).check();
    await expect(svgText.filter({ hasText: /^17%$/ })).toHaveCount(1);
    await expect(svgText.filter({ hasText: /^≈3,231$/ })).toHaveCount(0);
  });
});

test.describe('headline figures', () => {
  test.beforeEach(open);

  const HEADLINES: Array<[label: string, value: RegExp]> = [
    ['S&T cluster in the world (Shenzhen–Hong Kong–Guangzhou)', /^#2\n/],
    ['Global Innovation Index rank', /^11 \/ 131\n/],
    ['Start-ups in Hong Kong', /^3,360\s*\+6%\n/],
    // The multiple is computed: the card says so on its face, not only in the tooltip.
    ['Growth in fintech start-ups', /^×3\.4\s*derived\n/],
    ['Approved by the Innovation and Technology Fund', /^≈HK\$22\.4 billion\n/],
  ];

  function card(page: Page, label: string): Locator {
    return page
      .getByRole('region', { name: 'Headline figures' })
      .getByRole('listitem')
      .filter({ has: page.getByText(label, { exact: true }) });
  }

  test('shows the five headline figures', async ({ page }) => {
    const strip = page.getByRole('region', { name: 'Headline figures' });
    await expect(strip.getByRole('listitem')).toHaveCount(HEADLINES.length);
    for (const [label, value] of HEADLINES) {
      // innerText: what is on screen, not the hidden tooltip.
      await expect(card(page, label)).toHaveText(value, { useInnerText: true });
    }
  });

  test('keyboard focus on a headline shows its quote and source', async ({ page }) => {
    const cluster = card(page, 'S&T cluster in the world (Shenzhen–Hong Kong–Guangzhou)');
    await expect(cluster).toBeVisible();
    await expect(page.getByRole('tooltip').filter({ visible: true })).toHaveCount(0);

    // Keyboard: from the second headline, Shift+Tab moves to the first.
    await card(page, 'Global Innovation Index rank').focus();
    await page.keyboard.press('Shift+Tab');
    await expect(cluster).toBeFocused();
    const tip = page.getByRole('tooltip').filter({ visible: true });
    await expect(tip).toHaveCount(1);
    await expect(tip).toContainText('HKTDC Research');

    const gii = card(page, 'Global Innovation Index rank');
    await page.keyboard.press('Tab');
    await expect(gii).toBeFocused();
    await expect(tip).toHaveCount(1);
    await expect(tip).toContainText('“11/131”');
    await expect(tip).toContainText(
      'Source: HKTDC Research, “Innovation and Technology Industry in Hong Kong”',
    );
    await expect(gii).toHaveAccessibleDescription(/HKTDC Research/);
  });
});

test.describe('About the data', () => {
  test.beforeEach(open);

  test('lists the sources and returns to the dashboard', async ({ page }) => {
    await expectChart(panel(page, 'Ranking trends'));
    await page.getByRole('link', { name: 'About the data' }).click();
    await expect(page).toHaveURL(/#about$/);
    await expect(page.getByRole('heading', { name: 'About the data', level: 2 })).toBeVisible();
    await expect(panel(page, 'Ranking trends')).toHaveCount(0);

    const sources = page.getByRole('main').getByRole('listitem');
    await expect(
      sources.filter({ hasText: 'Innovation and Technology Industry in Hong Kong' }).first(),
    ).toContainText('HKTDC Research');
    await expect(
      sources.filter({ hasText: '(primary source)' }).filter({ hasText: 'HKTDC Research' }),
    ).not.toHaveCount(0);
    await expect(sources.filter({ hasText: '(secondary report)' })).not.toHaveCount(0);
    // One section per dataset, each with its count of figures.
    await expect(
      page.getByRole('heading', { name: /Global rankings \(\d+ figures\)/ }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Back to the dashboard' }).click();
    await expect(page).not.toHaveURL(/#about$/);
    await expect(page.getByRole('heading', { name: 'About the data', level: 2 })).toHaveCount(0);
    await expectAllCharts(page);
  });
});

test.describe('health', () => {
  test('loads without console errors, page errors or failed requests', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) =>
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    await page.goto('/');
    await expectAllCharts(page);
    await expect(
      page.getByRole('region', { name: 'Headline figures' }).getByRole('listitem'),
    ).toHaveCount(5);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
});
