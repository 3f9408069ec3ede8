import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectChart, pngSize } from './support';

/**
 * English, 繁體中文 and 简体中文: the header switch, `?lang=`, the browser's languages, the stored
 * choice, translated titles and data labels, numbers formatted for the locale, and `<html lang>`.
 */

type Lang = 'en' | 'zh-Hant' | 'zh-Hans';

/** What each language must show: panel titles, data labels and formatted figures. */
const EXPECTED: Record<
  Lang,
  {
    name: string;
    appTitle: string;
    asOf: string;
    panels: string[];
    itf: string;
    sector: string;
    university: string;
    subject: string;
    yearsShown: string;
    about: string;
    fundingError: string;
    retry: string;
  }
> = {
  en: {
    name: 'EN – English',
    appTitle: 'Hong Kong Innovation & Technology',
    asOf: 'Data as of 2025',
    panels: ['Ranking trends', 'Start-up growth', 'Fintech', 'Funding breakdown'],
    itf: '≈HK$22.4 billion',
    sector: 'Information technology',
    university: 'HKUST',
    subject: 'Electrical & Electronic Engineering',
    yearsShown: '13 years shown',
    about: 'About the data',
    fundingError: 'Funding breakdown could not be shown',
    retry: 'Retry',
  },
  'zh-Hant': {
    name: '繁 – 繁體中文',
    appTitle: '香港創新科技',
    asOf: '數據截至2025年',
    panels: ['排名趨勢', '初創企業增長', '金融科技', '資助分佈'],
    itf: '約224億港元',
    sector: '資訊科技',
    university: '香港科技大學',
    subject: '電機及電子工程',
    yearsShown: '顯示13個年份',
    about: '關於數據',
    fundingError: '未能顯示資助分佈',
    retry: '重試',
  },
  'zh-Hans': {
    name: '简 – 简体中文',
    appTitle: '香港创新科技',
    asOf: '数据截至2025年',
    panels: ['排名趋势', '初创企业增长', '金融科技', '资助分布'],
    itf: '约224亿港元',
    sector: '信息技术',
    university: '香港科技大学',
    subject: '电气与电子工程',
    yearsShown: '显示13个年份',
    about: '关于数据',
    fundingError: '未能显示资助分布',
    retry: '重试',
  },
};

const LANGS = Object.keys(EXPECTED) as Lang[];

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Every panel has loaded (generous: other suites may share the machine). */
async function waitForPanels(page: Page): Promise<void> {
  await expect(page.locator('[data-panel]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('panel-loading')).toHaveCount(0, { timeout: 30_000 });
}
const headlines = (page: Page) => page.locator('[data-headline]');

async function expectLanguage(page: Page, lang: Lang): Promise<void> {
  const expected = EXPECTED[lang];
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.appTitle);
  await expect(page).toHaveTitle(expected.appTitle);
  await expect(page.getByRole('button', { name: expected.name })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

test.describe('languages', () => {
  test('the header switch changes language at once, keeping filters and scroll', async ({
    page,
  }) => {
    await page.goto('/?from=2016');
    await waitForPanels(page);
    await expectChart(region(page, 'Fintech'));
    await expectLanguage(page, 'en');
    // A full reload would lose this flag. The Fintech panel is scrolled to the top of the view.
    const fintech = page.locator('[data-panel="fintech"]');
    await fintech.evaluate((el) => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
      el.scrollIntoView({ block: 'start' });
    });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const top = async () => (await fintech.boundingBox())?.y ?? Number.NaN;
    const before = await top();

    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      // A click that does not scroll the header into view first, as Playwright's click would.
      await page
        .getByRole('button', { name: EXPECTED[lang].name, exact: true })
        .evaluate((button: HTMLElement) => button.click());
      await expectLanguage(page, lang);
      await expect(region(page, EXPECTED[lang].panels[0] ?? '')).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`from=2016.*lang=${lang}|lang=${lang}.*from=2016`));
      // Translated text changes the page's height; the same panel stays where the reader was.
      expect(Math.abs((await top()) - before)).toBeLessThan(120);
    }
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
    await expect(page.getByRole('combobox', { name: 'From', exact: true })).toHaveValue('2016');
  });

  for (const lang of LANGS) {
    test(`${lang}: titles, data labels and numbers are translated and formatted`, async ({
      page,
    }) => {
      const expected = EXPECTED[lang];
      await page.goto(`/?lang=${lang}`);
      await waitForPanels(page);
      await expectLanguage(page, lang);
      await expect(page.getByTestId('as-of')).toHaveText(expected.asOf);
      for (const name of expected.panels) await expectChart(region(page, name));

      // 3,360 keeps its grouping in every locale; HK$22.4 billion is counted in 億 in Chinese.
      await expect(headlines(page).filter({ hasText: '3,360' })).toHaveCount(1);
      await expect(headlines(page).filter({ hasText: expected.itf })).toHaveCount(1);
      await expect(page.getByText(expected.yearsShown, { exact: true })).toBeVisible();

      // Data labels: a sector, a university's official name, a subject.
      const funding = region(page, expected.panels[3] ?? '');
      await expect(
        funding.getByRole('button', { name: expected.sector, exact: true }),
      ).toBeVisible();
      const universities = page.locator('[data-panel="universities"]');
      await expect(
        universities.getByRole('button', { name: expected.university, exact: true }),
      ).toBeVisible();
      await universities.getByRole('button', { name: /^(Table|表格)$/ }).click();
      await expect(universities.locator('thead')).toContainText(expected.university);
      await expect(universities.getByRole('rowheader', { name: expected.subject })).toBeVisible();
    });
  }

  test('the choice persists across a reload; ?lang= wins; an invalid one is ignored', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expectLanguage(page, 'en');
    await page.getByRole('button', { name: '简体中文' }).click();
    await expectLanguage(page, 'zh-Hans');

    await page.goto('/');
    await expectLanguage(page, 'zh-Hans');
    await page.reload();
    await expectLanguage(page, 'zh-Hans');

    await page.goto('/?lang=zh-Hant');
    await expectLanguage(page, 'zh-Hant');
    await page.goto('/?lang=en');
    await expectLanguage(page, 'en');
    // Not a language: the stored choice stands.
    await page.goto('/?lang=klingon');
    await expectLanguage(page, 'zh-Hans');
  });

  for (const [locale, lang] of [
    ['zh-HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['fr-FR', 'en'],
  ] as const) {
    test(`a first visit from a ${locale} browser reads ${lang}`, async ({ browser }) => {
      const context = await browser.newContext({ locale, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto('/');
      await expectLanguage(page, lang);
      await context.close();
    });
  }

  test('presentation mode, the About view and an error state are translated', async ({ page }) => {
    await page.route('**/data/funding.json', (route) =>
      route.fulfill({ status: 500, body: 'server error' }),
    );
    await page.goto('/?lang=zh-Hant');
    const funding = page.locator('[data-panel="funding"]');
    await expect(funding.getByRole('alert')).toContainText(EXPECTED['zh-Hant'].fundingError, {
      timeout: 30_000,
    });
    await expect(funding.getByRole('button', { name: EXPECTED['zh-Hant'].retry })).toBeVisible();

    await page.getByRole('link', { name: EXPECTED['zh-Hant'].about }).click();
    const about = page.getByRole('article', { name: EXPECTED['zh-Hant'].about });
    await expect(about.getByRole('heading', { name: /^全球排名/ })).toBeVisible();
    // A source keeps its own title.
    await expect(
      about.getByText(/Innovation and Technology Industry in Hong Kong/).first(),
    ).toBeVisible();

    await page.goto('/?lang=zh-Hans&present=1');
    await expect(page.getByRole('dialog', { name: '演示' })).toBeVisible();
    await expect(page.locator('[data-slide] h2')).toHaveText('排名趋势');
    await expect(page.locator('[data-slide]').getByTestId('slide-takeaway')).toContainText(
      '全球创新指数',
    );
  });

  test('no English is left on the Chinese dashboard outside citations', async ({ page }) => {
    test.setTimeout(120_000);
    for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
      await page.goto(`/?lang=${lang}`);
      await waitForPanels(page);
      for (const name of EXPECTED[lang].panels) await expectChart(region(page, name));
      await expect(page.locator('[data-panel="biotech"] [data-testid="takeaway"]')).toBeVisible();
      const english = await page.evaluate(() => {
        // Citations keep the source's words; tooltips hold quotes; acronyms and names are fine.
        const skip =
          '[data-testid="source-line"] a, [data-testid="source-line"] summary ~ ul, [role="tooltip"], script, style';
        const allowed =
          /\b(GII|IMD|QS|InnoHK|Health@InnoHK|AIR@InnoHK|Startup Genome|STEM|Esc|JSON|HKTDC|Research|HKAI|Lab|Now TV|IPKat|outOf|PowerPoint|CSV|PDF|PNG|SVG|ZIP|EN|hkmb\.hktdc\.com\/en\/\w+|startups\.non-local-founders\.2020|Global Fintech Ecosystem Report 2020)\b/g;
        const found = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest(skip) || parent.closest('[aria-hidden="true"]')) continue;
          if (!parent.checkVisibility()) continue;
          // English quoted from the source (“...”, or 「...」 in Traditional Chinese) stays as published.
          const text = (node.textContent ?? '')
            .replace(/“[^”]*”|「[^」]*」/g, '')
            .replace(allowed, '');
          if (/[A-Za-z]{3,}/.test(text)) found.add(node.textContent?.trim() ?? '');
        }
        return [...found];
      });
      expect(english, `English text on the ${lang} dashboard`).toEqual([]);
    }
  });

  for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
    test.describe(`${lang} at 1920x1080`, () => {
      test.use({ viewport: { width: 1920, height: 1080 } });

      test('no horizontal overflow; screenshot for the README', async ({ page }) => {
        await page.goto(`/?lang=${lang}`);
        await waitForPanels(page);
        for (const name of EXPECTED[lang].panels) await expectChart(region(page, name));
        await page.evaluate(() => window.scrollTo(0, 0)); // the screenshot shows the first screen
        await expect(headlines(page)).toHaveCount(5);
        await page.evaluate(() => document.fonts.ready);
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        expect(widths.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(widths.inner);

        const file = `docs/screenshots/dashboard-${lang}-1920.png`;
        fs.mkdirSync('docs/screenshots', { recursive: true });
        await page.mouse.move(0, 0);
        await page.screenshot({ path: file, fullPage: false, animations: 'disabled' });
        expect(pngSize(fs.readFileSync(file))).toEqual({ width: 1920, height: 1080 });
      });
    });
  }
});
