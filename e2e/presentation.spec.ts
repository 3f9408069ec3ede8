import { expect, test, type Page } from '@playwright/test';

const slideTitle = (page: Page) =>
  page.getByTestId('presentation').getByRole('heading', { level: 2 });
const counter = (page: Page) => page.getByTestId('slide-counter');

test.describe('presentation mode', () => {
  test('p and the presenter keys move through the panels', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Fintech', exact: true })
      .getByTestId('takeaway')
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 900));
    const scrolled = await page.evaluate(() => window.scrollY);
    // The p key (a click on the header button would scroll the page to the button first).
    await page.keyboard.press('p');
    await expect(slideTitle(page)).toHaveText('Ranking trends');
    const total = Number((await counter(page).innerText()).split('/')[1]);
    expect(total).toBeGreaterThanOrEqual(4);
    await expect(counter(page)).toHaveText(`1 / ${total}`);

    for (const key of ['ArrowRight', 'PageDown', ' ', 'Enter', 'ArrowDown']) {
      await page.keyboard.press('Home');
      await page.keyboard.press(key);
      await expect(counter(page), key).toHaveText(`2 / ${total}`);
    }
    for (const key of ['ArrowLeft', 'PageUp', 'Backspace', 'ArrowUp']) {
      await page.keyboard.press('3');
      await page.keyboard.press(key);
      await expect(counter(page), key).toHaveText(`2 / ${total}`);
    }
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    await page.keyboard.press('Home');
    await expect(slideTitle(page)).toHaveText('Ranking trends');
    await page.keyboard.press('4');
    await expect(slideTitle(page)).toHaveText('Funding breakdown');

    await page.keyboard.press('b');
    await expect(page.getByTestId('blank-screen')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.getByTestId('blank-screen')).toHaveCount(0);

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Ranking trends' })).toBeVisible();
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(5);
  });

  test('the Present button starts presenting; slides keep the filters', async ({ page }) => {
    await page.goto('/?from=2018&to=2020');
    await page.getByRole('region', { name: 'Ranking trends' }).getByTestId('takeaway').waitFor();
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.locator('[data-slide]').getByTestId('slide-takeaway')).toHaveText(
      /from #14 in 2018 to #11 in 2020/,
    );
  });

  test('a kiosk link auto-advances, loops and shows its filters in a caption', async ({ page }) => {
    // The page's clock is the test's: ten seconds pass when the test says so.
    await page.clock.install();
    await page.goto('/?present=1&autoplay=10&area=fintech');
    await expect(page.getByRole('toolbar')).toHaveCount(0);
    await expect(page.getByTestId('kiosk-caption')).toHaveText('Focus: Financial technologies');
    const total = Number((await counter(page).innerText()).split('/')[1]);
    await expect(counter(page)).toHaveText(`1 / ${total}`);
    await page.clock.runFor(10_000);
    await expect(counter(page)).toHaveText(`2 / ${total}`);
    // Loops back to the first slide after the last.
    for (let slide = 2; slide <= total; slide++) await page.clock.runFor(10_000);
    await expect(counter(page)).toHaveText(`1 / ${total}`);
  });

  test('caption=0 hides the caption; bad values fall back to defaults', async ({ page }) => {
    await page.goto('/?present=1&caption=0&area=fintech&autoplay=7');
    await expect(page.getByTestId('presentation')).toBeVisible();
    await expect(page.getByTestId('kiosk-caption')).toHaveCount(0);
    await page.waitForTimeout(2500);
    await expect(counter(page)).toHaveText(/^1 \//);
    await page.goto('/?present=yes');
    await expect(page.getByTestId('presentation')).toHaveCount(0);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    test(`slides fit ${width}x${height} with projector-sized text`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      for (const theme of ['light', 'dark', 'contrast']) {
        await page.goto(`/?present=1&theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const total = Number((await counter(page).innerText()).split('/')[1]);
        for (let slide = 1; slide <= total; slide += 1) {
          await page.keyboard.press(slide === 1 ? 'Home' : 'ArrowRight');
          await expect(counter(page)).toHaveText(`${slide} / ${total}`);
          await expect(page.locator('[data-slide] figure[role="img"]')).toBeVisible();
          const sizes = await page.evaluate(() => {
            const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
            const ticks = [
              ...document.querySelectorAll(
                '[data-slide] :is(.recharts-cartesian-axis-tick, .chart-value-axis, .chart-year-axis) text',
              ),
            ].map(px);
            const root = document.documentElement;
            return {
              title: px(document.querySelector('[data-slide] h2')),
              takeaway: px(document.querySelector('[data-slide] [data-testid="slide-takeaway"]')),
              minTick: ticks.length ? Math.min(...ticks) : Infinity,
              overflowX: root.scrollWidth > window.innerWidth,
              overflowY: root.scrollHeight > window.innerHeight,
              slideOverflow: [...document.querySelectorAll('[data-slide] *')].some((el) => {
                const r = el.getBoundingClientRect();
                return r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1;
              }),
            };
          });
          const factor = Math.min(width / 1920, height / 1080);
          expect(sizes.title, `title on slide ${slide}`).toBeGreaterThanOrEqual(48 * factor - 0.5);
          expect(sizes.takeaway, `takeaway on slide ${slide}`).toBeGreaterThanOrEqual(
            24 * factor - 0.5,
          );
          expect(sizes.minTick, `ticks on slide ${slide}`).toBeGreaterThanOrEqual(
            24 * factor - 0.5,
          );
          expect(
            sizes.overflowX || sizes.overflowY || sizes.slideOverflow,
            `overflow on slide ${slide}`,
          ).toBe(false);
        }
        if (width === 1920)
          await page.screenshot({
            path: `docs/screenshots/slide-${theme}-1920.png`,
            animations: 'disabled', // the slide's fade-in finished, not caught halfway
          });
      }
    });
  }
});
