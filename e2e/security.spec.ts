import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAllCharts } from './support';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Records every Content-Security-Policy violation the page reports. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return violations;
}

test.describe('security', () => {
  test('the production build runs under its strict Content-Security-Policy', async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto('/');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await expectAllCharts(page); // scrolling to each, as its chart is drawn when near
    await page.keyboard.press('p');
    await expect(page.getByTestId('presentation')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(violations).toEqual([]);
  });

  test('labels from the data are shown as text, never run as markup', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const rankings = JSON.parse(readFileSync('public/data/rankings.json', 'utf8')) as {
      series: Array<{ id: string; label: string }>;
      notes?: string[];
      notesI18n?: unknown;
    };
    rankings.series = rankings.series.map((s) => (s.id === 'gii' ? { ...s, label: HOSTILE } : s));
    rankings.notes = [HOSTILE];
    delete rankings.notesI18n;
    await page.route('**/data/rankings.json', (route) => route.fulfill({ json: rankings }));
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'Ranking trends', exact: true });
    await expect(panel.getByText(HOSTILE).first()).toBeVisible();
    await panel.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(panel.getByRole('columnheader', { name: HOSTILE })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('random hostile links still render the dashboard', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const query of [
      '?from=1e309&to=-1&index=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      `?sector=${'a'.repeat(10_000)}&from=2020&from=2013`,
      '?present=%00&autoplay=999999&theme=javascript:alert(1)&lang=xx',
      '?__proto__=1&constructor=2&area=fintech&area=ai',
    ]) {
      await page.goto(`/${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Fintech', exact: true }).getByTestId('takeaway'),
      ).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
});
