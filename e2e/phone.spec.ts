import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The dashboard on a phone: the sticky filter bar is one line that opens a sheet with every
 * control (a labelled modal dialog: focus stays in it, Escape closes it), it covers at most 15% of
 * the screen once the reader scrolls, every control is at least 44 px for a finger, and menus and
 * hover cards stay on the screen.
 */

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 780 },
] as const;
const MIN_TARGET = 44;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function openDashboard(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-prerendered]') &&
      document.querySelector('section[data-panel]') &&
      !document.querySelector('[data-panel-pending]'),
  );
}

const filterButton = (page: Page) =>
  page.locator('[data-filter-bar]').getByRole('button', { name: /^Filters/ });

/**
 * Controls outside the charts that are smaller than a fingertip. Links inside a sentence (the
 * source line) are exempt, as WCAG 2.5.5 allows; a checkbox's target is its label.
 */
function smallTargets(scope: Locator): Promise<string[]> {
  return scope.evaluate((root, min) => {
    const controls = root.querySelectorAll<HTMLElement>(
      'button, select, summary, [role="menuitem"], nav a, label:has(> input[type="checkbox"])',
    );
    return [...controls]
      .filter((el) => !el.closest('figure, [inert], [aria-hidden="true"]'))
      .flatMap((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return [];
        const tall = box.height >= min - 0.5;
        const wide = el.tagName === 'LABEL' || box.width >= min - 0.5;
        if (tall && wide) return [];
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return [`${el.tagName} "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`];
      });
  }, MIN_TARGET);
}

async function expectInsideScreen(page: Page, popup: Locator, what: string): Promise<void> {
  const box = await popup.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, `${what} is shown`).not.toBeNull();
  expect(box!.x, `${what}: left edge on screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what}: right edge on screen`).toBeLessThanOrEqual(width);
}

for (const size of PHONES) {
  test.describe(`on a ${size.width}x${size.height} phone`, () => {
    test.use({ viewport: size, hasTouch: true });

    test('the filter bar is one line, at most 15% of the screen, opening every control in a sheet', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await openDashboard(page, '?from=2016&index=gii');
      const button = filterButton(page);
      await expect(button).toHaveText('Filters · 2 active');
      // The wide bar's controls are not on the phone's screen.
      await expect(page.getByRole('combobox', { name: 'From' })).toBeHidden();
      if (size.width === 390) {
        await page.evaluate(() => document.fonts.ready);
        fs.mkdirSync('docs/screenshots', { recursive: true });
        await page.screenshot({ path: 'docs/screenshots/phone-top.png', animations: 'disabled' });
      }

      // Scrolled into the panels: the bar sticks to the top and stays a sliver.
      await page.locator('[data-panel="fintech"]').scrollIntoViewIfNeeded();
      const bar = await page.locator('[data-filter-bar]').boundingBox();
      expect(bar!.y).toBeLessThanOrEqual(1);
      expect(bar!.height).toBeLessThanOrEqual(size.height * 0.15);

      await button.click();
      const sheet = page.getByRole('dialog', { name: 'Filters' });
      await expect(sheet).toBeVisible();
      expect(await smallTargets(sheet), 'controls under 44 px in the sheet').toEqual([]);
      if (size.width === 390) {
        await page.screenshot({
          path: 'docs/screenshots/phone-filters-open.png',
          animations: 'disabled',
        });
      }
      // Nothing behind it is reachable: Tab goes round the sheet's own controls.
      for (let i = 0; i < 16; i++) {
        await page.keyboard.press('Tab');
        expect(
          await page.evaluate(() => document.activeElement?.closest('dialog') !== null),
          `focus left the sheet after ${i + 1} Tab presses`,
        ).toBe(true);
      }
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

      // Every control in the sheet works, and the page follows at once.
      await sheet.getByRole('combobox', { name: 'From' }).selectOption('2018');
      await expect(page).toHaveURL(/from=2018/);
      await sheet.getByRole('combobox', { name: 'To' }).selectOption('2022');
      await expect(page).toHaveURL(/to=2022/);
      await sheet.getByRole('combobox', { name: 'Focus area' }).selectOption('fintech');
      await expect(page).toHaveURL(/area=fintech/);
      await sheet.getByRole('checkbox', { name: 'IMD digital' }).check();
      await expect(page).not.toHaveURL(/index=/);
      await sheet.getByRole('checkbox', { name: 'GII' }).uncheck();
      await expect(page).toHaveURL(/index=imd-digital/);
      await sheet.getByRole('combobox', { name: 'Show ranks as' }).selectOption('percentile');
      await expect(page).toHaveURL(/metric=percentile/);
      await expect(
        sheet.getByRole('list', { name: 'Active filters' }).getByRole('button'),
      ).toHaveCount(4);
      await sheet
        .getByRole('button', { name: 'Remove filter: Focus: Financial technologies' })
        .click();
      await expect(page).not.toHaveURL(/area=/);

      // Escape closes it and gives the focus back to the one-line bar, which counts the filters.
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
      await expect(button).toBeFocused();
      await expect(button).toHaveText('Filters · 3 active');

      await button.click();
      await sheet.getByRole('button', { name: 'Reset' }).click();
      await expect(page).toHaveURL(/\/(\?lang=en)?$/);
      await sheet.getByRole('button', { name: 'Done' }).click();
      await expect(sheet).toBeHidden();
      await expect(button).toHaveText('Filters');
    });

    test('controls are at least 44 px; menus and hover cards stay on the screen', async ({
      page,
    }) => {
      await openDashboard(page, '');
      expect(await smallTargets(page.locator('body')), 'controls under 44 px').toEqual([]);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(size.width);

      const card = page.locator('[data-headline]').first();
      await card.focus();
      await expectInsideScreen(page, card.getByRole('tooltip'), 'the headline card');

      const menus = [
        ['Export Ranking trends', page.locator('[data-panel="rankings"] [aria-haspopup="menu"]')],
        [
          'Export all panels',
          page.locator('[aria-haspopup="menu"]').filter({ hasText: 'Export all' }),
        ],
      ] as const;
      for (const [name, opener] of menus) {
        const menu = page.getByRole('menu', { name });
        await opener.click();
        await expect(menu).toBeVisible();
        await expectInsideScreen(page, menu, `the menu "${name}"`);
        await page.keyboard.press('Escape');
        await expect(menu).toBeHidden();
      }
    });
  });
}

test('the language buttons are named by the text they show (voice control: "click EN")', async ({
  page,
}) => {
  await openDashboard(page, '');
  const group = page.getByRole('group', { name: 'Language' });
  for (const name of ['EN – English', '繁 – 繁體中文', '简 – 简体中文'])
    await expect(group.getByRole('button', { name, exact: true })).toBeVisible();
  // An experimental axe rule, so not in the WCAG run of a11y.spec.ts: asked for by name here.
  const { violations } = await new AxeBuilder({ page })
    .include('header')
    .withRules(['label-content-name-mismatch'])
    .analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
});

test.describe('the one-line filter bar in every language', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const [lang, text] of [
    ['en', 'Filters · 1 active'],
    ['zh-Hant', '篩選 · 1 項生效'],
    ['zh-Hans', '筛选 · 1 项生效'],
  ] as const) {
    test(`${lang}: "${text}"`, async ({ page }) => {
      await openDashboard(page, `?lang=${lang}&area=fintech`);
      await expect(page.locator('[data-filter-bar] button[aria-haspopup="dialog"]')).toHaveText(
        text,
      );
    });
  }
});
