import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectChart, scrollThroughPage } from './support';

/**
 * axe-core at WCAG 2.1 AA over every page state (the dashboard, every table view, an open export
 * menu, presentation mode, an error state, the About view) in each theme and each language; then
 * the whole dashboard by keyboard alone, with focus visible at every stop.
 */

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['light', 'dark', 'contrast'] as const;
const LANGS = ['en', 'zh-Hant', 'zh-Hans'] as const;

/** Every panel's charts have drawn (no skeletons left), so axe sees the real page. */
async function waitForPanels(page: Page): Promise<void> {
  await expect(page.locator('[data-panel]').first()).toBeVisible();
  await expect(page.getByTestId('panel-loading')).toHaveCount(0, { timeout: 30_000 });
  await expectChart(page.locator('[data-panel="rankings"]'));
  // Charts below the fold are drawn when the reader scrolls near them: the checks below need
  // every one, so the page is scrolled through once, as a reader would.
  await scrollThroughPage(page);
  await expect
    .poll(
      () =>
        page.locator('section[data-panel]').evaluateAll(
          (panels) =>
            // Every panel mounted, and every shown panel's chart drawn.
            panels.length === 9 &&
            panels.every(
              (p) => p.hasAttribute('data-hidden') || p.querySelector('figure > *') !== null,
            ),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Runs axe on the page (or part of it) and fails with a readable list of what it found. */
async function expectNoViolations(page: Page, state: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
        .join('\n'),
  );
  expect(report, `axe violations in ${state}`).toEqual([]);
}

/**
 * axe cannot tell the background behind SVG text (it reports chart labels as "incomplete"), so
 * the charts' text is checked here: each label's fill against its card, at 4.5:1 (3:1 when large).
 */
async function expectReadableChartText(page: Page, state: string): Promise<void> {
  const failures = await page.evaluate(() => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgb(color).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const out: string[] = [];
    const texts = document.querySelectorAll<SVGTextElement>(
      '[data-panel] svg text, [data-slide] svg text',
    );
    for (const text of texts) {
      if (!text.textContent?.trim() || text.getBBox().width === 0) continue;
      // A panel's card, or the presentation's page.
      const card = text.closest('section, [data-testid="presentation"]');
      if (!card) continue;
      const style = getComputedStyle(text);
      const size = Number.parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      const contrast = ratio(style.fill, getComputedStyle(card).backgroundColor);
      if (contrast < needed)
        out.push(`"${text.textContent.trim()}" ${style.fill}: ${contrast.toFixed(2)}:1`);
    }
    return out;
  });
  expect(failures, `chart text below AA contrast in ${state}`).toEqual([]);
}

function tableToggles(page: Page): Locator {
  return page.locator('[data-panel] [role="group"] button').filter({ hasText: /^(Table|表格)$/ });
}

/** The first panel's export menu button, when the export feature is present. */
function exportMenuButton(page: Page): Locator {
  return page.locator('[data-panel] button[aria-haspopup="menu"]').first();
}

for (const theme of THEMES) {
  for (const lang of LANGS) {
    test(`axe finds no WCAG 2.1 AA violations: ${theme} theme, ${lang}`, async ({ page }) => {
      // Six full-page axe runs over a large DOM (nine charts, every table) on a two-core machine.
      test.setTimeout(300_000);
      const query = `theme=${theme}&lang=${lang}`;
      await page.goto(`/?${query}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await waitForPanels(page);
      await expectNoViolations(page, 'the dashboard');
      await expectReadableChartText(page, 'the dashboard');

      // Every panel's table view open at once.
      const toggles = tableToggles(page);
      const count = await toggles.count();
      expect(count).toBeGreaterThanOrEqual(9);
      for (let i = 0; i < count; i += 1) await toggles.nth(i).click();
      await expect(page.locator('[data-panel] table').first()).toBeVisible();
      await expectNoViolations(page, 'the table views');

      // An open export menu.
      const menuButton = exportMenuButton(page);
      if ((await menuButton.count()) === 0) {
        test.info().annotations.push({
          type: 'note',
          description: 'No export menu on the page yet: the open-menu state was not checked.',
        });
      } else {
        await menuButton.focus();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('menu').first()).toBeVisible();
        await expectNoViolations(page, 'an open export menu');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('menu')).toHaveCount(0);
      }

      // The About view.
      await page.goto(`/?${query}#about`);
      await expect(page.getByRole('article')).toBeVisible();
      await expect(page.getByRole('article').locator('h3').first()).toBeVisible();
      await expectNoViolations(page, 'the About view');

      // Presentation mode.
      await page.goto(`/?${query}&present=1`);
      await expect(page.getByTestId('presentation')).toBeVisible();
      await expect(page.locator('[data-slide] figure[role="img"]')).toBeVisible();
      await expectNoViolations(page, 'presentation mode');
      await expectReadableChartText(page, 'presentation mode');

      // An error state: one dataset answers 500 (after the client's own retries).
      await page.route('**/data/funding.json', (route) =>
        route.fulfill({ status: 500, body: 'server error' }),
      );
      await page.goto(`/?${query}`);
      await expect(page.locator('[data-panel="funding"] [role="alert"]')).toBeVisible({
        timeout: 30_000,
      });
      await expectNoViolations(page, 'an error state');
    });
  }
}

/** The focused element, described for messages, and whether its focus ring can be seen. */
async function focusInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', label: '', visible: true, key: '' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    const label =
      el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ');
    return {
      tag: el.tagName.toLowerCase(),
      label: label.slice(0, 60),
      visible: (outline || ring) && box.width > 0 && box.height > 0,
      key: `${el.tagName}|${el.id}|${label.slice(0, 60)}|${Math.round(box.x)},${Math.round(box.y + window.scrollY)}`,
    };
  });
}

/** Presses Tab until `match` holds for the focused element, checking each stop's focus ring. */
async function tabTo(
  page: Page,
  match: (info: Awaited<ReturnType<typeof focusInfo>>) => boolean,
  what: string,
  max = 300,
): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    expect(info.visible, `focus ring on ${info.tag} "${info.label}"`).toBe(true);
    if (match(info)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

test('keyboard only: tab through, filter, table view, CSV export and present', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await waitForPanels(page);

  // Tab through the whole dashboard: every stop shows its focus, and focus is never trapped.
  const seen = new Set<string>();
  let previous = '';
  for (let i = 0; i < 600; i += 1) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    expect(info.visible, `focus ring on ${info.tag} "${info.label}"`).toBe(true);
    expect(info.key, 'focus stuck on one element').not.toBe(previous);
    previous = info.key;
    if (seen.has(info.key)) break; // wrapped around to the start
    seen.add(info.key);
  }
  expect(seen.size, 'focus stops on the dashboard').toBeGreaterThan(40);

  // Change a filter, starting again from the top of a fresh page.
  await page.goto('/');
  await waitForPanels(page);
  await tabTo(page, (f) => f.label === 'From', 'the From select');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/from=2014/);
  await expect(page.getByText('12 years shown')).toBeVisible();

  // Open the Ranking trends table view.
  await tabTo(page, (f) => f.tag === 'button' && f.label === 'Table', 'the first Table button');
  await page.keyboard.press('Enter');
  const rankings = page.locator('[data-panel="rankings"]');
  await expect(rankings.locator('table')).toBeVisible();
  await expect(rankings.getByRole('rowheader', { name: '2014', exact: true })).toBeVisible();

  // Export its CSV, from its export menu.
  const menuButton = rankings.locator('button[aria-haspopup="menu"]');
  if ((await menuButton.count()) === 0) {
    test.info().annotations.push({
      type: 'note',
      description: 'No export menu on the page yet: the CSV export step was not run.',
    });
  } else {
    const name = ((await menuButton.textContent()) ?? '').trim().replace(/\s+/g, ' ');
    await tabTo(page, (f) => f.tag === 'button' && f.label === name, 'the export menu');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu').first()).toBeVisible();
    let onCsv = false;
    for (let i = 0; i < 30 && !onCsv; i += 1) {
      onCsv = await page.evaluate(() => /CSV/.test(document.activeElement?.textContent ?? ''));
      if (!onCsv) await page.keyboard.press('ArrowDown');
    }
    expect(onCsv, 'a CSV item in the export menu').toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  }

  // Present, move a slide, and leave with Escape.
  await page.evaluate(() => window.scrollTo(0, 0));
  await tabTo(page, (f) => f.tag === 'button' && f.label === 'Present', 'the Present button', 800);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \//);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \//);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the filter result is announced in a polite live region, in each language', async ({
  page,
}) => {
  for (const [lang, text] of [
    ['en', '3 years shown'],
    ['zh-Hant', '顯示3個年份'],
    ['zh-Hans', '显示3个年份'],
  ] as const) {
    await page.goto(`/?lang=${lang}&from=2018&to=2020`);
    const live = page.locator('[aria-live="polite"]').filter({ hasText: text });
    await expect(live).toHaveCount(1);
  }
});

test('colour is never the only cue: every multi-series chart differs by marker or dash', async ({
  page,
}) => {
  await page.goto('/');
  await waitForPanels(page);
  // Legends draw each series with its own dash and marker; no two items in one legend look alike.
  const legends = await page
    .locator('[data-panel] ul:not(:has(> li[data-bar]))')
    .evaluateAll((lists) =>
      lists
        .map((list) =>
          [...list.querySelectorAll(':scope > li svg')].map((svg) => {
            const line = svg.querySelector('line');
            const marker = svg.querySelector('circle, rect, path');
            // The marker's shape: its element, and for a path its commands (diamond, triangle, cross).
            const shape = `${marker?.tagName ?? ''}${(marker?.getAttribute('d') ?? '').replace(/[^A-Za-z]/g, '')}`;
            return `${line?.getAttribute('stroke-dasharray') ?? 'solid'}|${shape}`;
          }),
        )
        .filter((items) => items.length > 1),
    );
  expect(legends.length).toBeGreaterThanOrEqual(4);
  for (const items of legends) expect(new Set(items).size, items.join(', ')).toBe(items.length);
});
