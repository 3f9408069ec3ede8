import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { panel } from './support';

/**
 * Embeds: one panel inside an <iframe> on a page served from another origin (a second tiny
 * server on another port), which the embed tells its height; the dashboard itself refuses to be
 * framed. The Embed menu item gives the <iframe> code, copied and shown to select.
 */

const PORT = Number(process.env.E2E_PORT ?? 4173);
const APP = `http://localhost:${PORT}`;

/** A host page on another origin: an iframe, and a listener that sizes it from the messages. */
function hostPage(src: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<style>body{font-family:sans-serif;margin:24px;max-width:760px;background:#f4f1ea}h1{font-size:22px}iframe{display:block;width:100%;border:0;background:#fff}</style></head>
<body><h1>Intranet news: start-ups keep growing</h1><p>A paragraph of the host's own article.</p>
<iframe id="frame" src="${src}" title="Start-up growth" height="300"></iframe>
<p id="heard">no message yet</p>
<script>
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'hk-innovation:embed-height') return;
  document.getElementById('frame').height = String(data.height);
  document.getElementById('heard').textContent = 'height ' + data.height + ' from ' + event.origin;
});
</script></body></html>`;
}

let server: http.Server;
let hostOrigin = '';

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const src = url.searchParams.get('src') ?? '';
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostPage(src.startsWith(APP) ? src : `${APP}/`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('a panel embedded on another origin shows its chart, source and link, and fits its frame', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 1100 });
  const src = `${APP}/embed.html?panel=startups&from=2018&to=2020`;
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#frame');
  await expect(frame.getByRole('heading', { level: 1, name: 'Start-up growth' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(frame.getByRole('figure')).toBeVisible();
  // The filters came along: 2018 has no count, so the window starts in 2019.
  await expect(frame.getByTestId('takeaway')).toContainText('from 3,184 in 2019 to 3,360 in 2020');
  await expect(frame.getByTestId('source-line')).toContainText('Source');
  const link = frame.getByRole('link', { name: 'Open the full dashboard with these filters' });
  await expect(link).toHaveAttribute('href', `${APP}/?from=2018&to=2020#startups`);
  await expect(link).toHaveAttribute('target', '_blank');
  // The host heard the embed's height and sized the frame to it: no inner scroll bar.
  await expect(page.locator('#heard')).toContainText(`from ${APP}`);
  const sizes = await page.locator('#frame').evaluate((el: HTMLIFrameElement) => ({
    frame: el.getBoundingClientRect().height,
    content: el.contentDocument ? -1 : Number(el.height),
  }));
  expect(sizes.frame).toBeGreaterThan(400);
  expect(sizes.frame).toBe(sizes.content);
  await page.screenshot({ path: 'docs/screenshots/embed.png', fullPage: true });
});

test('the dashboard itself refuses to be framed by another site', async ({ page }) => {
  const response = await page.request.get(`${APP}/`);
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const embed = await page.request.get(`${APP}/embed.html?panel=startups`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();

  const blocked = new Promise<void>((resolve) =>
    page.on('console', (message) => {
      if (/frame-ancestors|X-Frame-Options|Refused to display/i.test(message.text())) resolve();
    }),
  );
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(`${APP}/`)}`);
  await blocked;
  const framed = page.frames().find((f) => f !== page.mainFrame());
  // The browser shows its own error page in place of the dashboard: none of the app is there.
  expect(await framed?.locator('#root').count()).toBe(0);
});

test('Embed in a panel’s Export menu gives the <iframe> code with the current filters', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?from=2018&to=2020&lang=zh-Hant');
  const startups = page.getByRole('region', { name: '初創企業增長' });
  await expect(startups.getByTestId('takeaway')).toBeVisible({ timeout: 30_000 });
  await startups.getByRole('button', { name: '匯出', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: /^嵌入/ }).click();
  const dialog = page.getByRole('dialog', { name: '嵌入「初創企業增長」' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole('textbox', { name: '嵌入代碼' });
  const expected = `${APP}/embed.html?panel=startups&amp;from=2018&amp;to=2020&amp;lang=zh-Hant`;
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${expected.replace(/[?.]/g, '\\$&')}"`));
  await expect(dialog.getByRole('status')).toHaveText('已複製到剪貼簿。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  // The code is selected, ready to copy by hand too; Escape closes the dialog.
  expect(
    await code.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart),
  ).toBe((await code.inputValue()).length);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel(page, 'Start-up growth')).toHaveCount(0); // still in 繁體中文
});
