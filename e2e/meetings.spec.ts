import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type CDPSession, type Page, type Request } from '@playwright/test';
import { CHART_SVG } from './support';

const counter = (page: Page) => page.getByTestId('slide-counter');
const slideHeading = (page: Page) =>
  page.locator('[data-slide]').getByRole('heading', { level: 2 });

async function expectNoAxeViolations(page: Page, include: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include(include)
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function addToDeck(
  page: Page,
  panel: string,
  fields: { title?: string; note?: string; year?: string; callout?: string; table?: boolean } = {},
) {
  await page.getByRole('region', { name: panel, exact: true }).getByTestId('takeaway').waitFor();
  await page.getByRole('button', { name: `Add to deck: ${panel}` }).click();
  const dialog = page.getByRole('dialog', { name: `Add “${panel}” to the deck` });
  if (fields.title) await dialog.getByLabel('Slide title').fill(fields.title);
  if (fields.note) await dialog.getByLabel('Speaker note').fill(fields.note);
  if (fields.table) await dialog.getByRole('radio', { name: 'Table' }).check();
  if (fields.year) {
    await dialog.getByLabel('Emphasise').selectOption('year');
    await dialog.getByLabel('Year, series id or category id').fill(fields.year);
    if (fields.callout) await dialog.getByLabel(/^Callout/).fill(fields.callout);
  }
  await dialog.getByRole('button', { name: 'Add slide' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('meeting decks', () => {
  test('build a deck, reorder it by keyboard, present it through the address and a file', async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    await page.goto('/?from=2018&to=2020');
    await addToDeck(page, 'Ranking trends', {
      title: 'Where Hong Kong ranks',
      note: 'Stress the rise since 2018.',
      year: '2020',
      callout: 'Best year yet',
    });
    await page.goto('/?sector=biotechnology');
    await addToDeck(page, 'Funding breakdown', { table: true });
    await expect(page.getByTestId('deck-button')).toHaveText('Deck (2)');

    await page.getByTestId('deck-button').click();
    const editor = page.getByRole('dialog', { name: 'Deck' });
    await editor.getByLabel('Deck name').fill('Board meeting');
    const items = editor.getByTestId('deck-slide');
    await expect(items).toHaveCount(2);
    await items.nth(1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(items.first()).toContainText('Funding breakdown');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(items.first()).toContainText('Where Hong Kong ranks');
    await expectNoAxeViolations(page, '[data-testid="deck-editor"]');

    const downloading = page.waitForEvent('download');
    await editor.getByRole('button', { name: 'Save as .json' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('hk-innovation-deck-board-meeting.json');
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ version: 1, name: 'Board meeting' });
    expect(file.slides.map((s: { panel: string }) => s.panel)).toEqual(['rankings', 'funding']);

    await editor.getByRole('button', { name: 'Present this deck' }).click();
    await expect(slideHeading(page)).toHaveText('Where Hong Kong ranks');
    await expect(page.locator('[data-slide]').getByTestId('slide-callout')).toContainText(
      'Best year yet',
    );
    // The slide keeps its own years although the dashboard's filters are now other ones.
    await expect(page.locator('[data-slide]').getByTestId('slide-takeaway')).toHaveText(
      /2018 to #11 in 2020/,
    );
    await expect(page.locator('[data-slide]').getByTestId('slide-data-date')).toBeVisible();
    await expect(counter(page)).toHaveText('1 / 2');
    await page.keyboard.press('ArrowRight');
    await expect(slideHeading(page)).toHaveText('Funding breakdown');
    await expect(page.locator('[data-slide] table').first()).toBeVisible();
    await expect(page).toHaveURL(/slide=2/);
    expect(new URL(page.url()).searchParams.get('deck')).toMatch(/^1\./);

    // Back steps to the previous slide; a new window on the link shows the same slide.
    await page.goBack();
    await expect(counter(page)).toHaveText('1 / 2');
    await page.goForward();
    await expect(counter(page)).toHaveText('2 / 2');
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.getByTestId('slide-counter')).toHaveText('2 / 2');
    await expect(slideHeading(other)).toHaveText('Funding breakdown');
    await other.close();

    // The file opens in a browser that has never seen the deck.
    const fresh = await (await page.context().browser()!.newContext()).newPage();
    await fresh.goto(new URL('/', page.url()).href);
    await fresh.getByTestId('deck-button').click();
    await fresh.getByTestId('deck-file-input').setInputFiles((await download.path())!);
    await expect(fresh.getByTestId('deck-message')).toHaveText('Opened deck “Board meeting”.');
    await expect(fresh.getByTestId('deck-button')).toHaveText('Deck (2)');
    await fresh.getByTestId('deck-file-input').setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"version":1,"id":"x","name":"<img src=x>","slides":[{"panel":"nope"}]}',
      ),
    });
    await expect(fresh.getByTestId('deck-message')).toHaveText(/could not be read/);
    await expect(fresh.getByTestId('deck-button')).toHaveText('Deck (2)');
    await fresh.context().close();
  });

  test('a broken or too-new deck link opens the dashboard with a message', async ({ page }) => {
    await page.goto('/?present=1&deck=1.bm90IGEgZGVjaw');
    await expect(page.getByTestId('deck-notice')).toContainText('could not be read');
    await expect(page.getByRole('region', { name: 'Ranking trends', exact: true })).toBeVisible();
    await page.goto('/?present=1&deck=9.eyJpIjoiYSJ9');
    await expect(page.getByTestId('deck-notice')).toContainText('newer version');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByTestId('deck-notice')).toHaveCount(0);
  });

  test('the Chart/Table choice is in the address', async ({ page }) => {
    await page.goto('/');
    const rankings = page.getByRole('region', { name: 'Ranking trends', exact: true });
    await rankings.getByRole('button', { name: 'Table' }).click();
    await expect(page).toHaveURL(/table=rankings/);
    await page.reload();
    await expect(rankings.getByRole('button', { name: 'Table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(rankings.locator('table').first()).toBeVisible();
    await page.goBack();
    await expect(rankings.getByRole('button', { name: 'Chart' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

test('the presenter view drives the audience screen and back', async ({ page, context }) => {
  await page.goto('/?present=1');
  await expect(counter(page)).toHaveText('1 / 9');
  const opening = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await opening;
  await expect(presenter.getByTestId('presenter-counter')).toHaveText('Slide 1 of 9');
  await expect(presenter.getByTestId('presenter-notes')).toContainText('Takeaway:');
  await expect(
    presenter.getByTestId('presenter-next').getByRole('heading', { level: 2 }),
  ).toHaveText('Start-up growth');
  await expectNoAxeViolations(presenter, '[data-testid="presenter-view"]');

  await presenter.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 9');
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(counter(page)).toHaveText('3 / 9');
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-counter')).toHaveText('Slide 4 of 9');
  await presenter.getByRole('button', { name: 'Blank audience screen' }).click();
  await expect(page.getByTestId('blank-screen')).toBeVisible();
  await presenter.getByRole('button', { name: 'Blank audience screen' }).click();
  await expect(page.getByTestId('blank-screen')).toHaveCount(0);

  // Closing the presenter leaves the audience where it was; a reopened one rejoins there.
  const url = presenter.url();
  await presenter.close();
  await expect(counter(page)).toHaveText('4 / 9');
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByTestId('presenter-counter')).toHaveText('Slide 4 of 9');
  await again.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText('3 / 9');
});

async function listenerCount(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId!,
  });
  return listeners.length;
}

test('a kiosk runs for days: refreshes, rides out a server outage, recovers without a click', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.clock.install({ time: new Date('2026-03-02T08:00:00+08:00') });
  // A fake Screen Wake Lock that counts requests and can be released like the browser does.
  await page.addInitScript(() => {
    const state = { requests: 0, sentinel: null as null | { released: boolean } };
    (window as unknown as { wake: typeof state }).wake = state;
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async () => {
          state.requests += 1;
          state.sentinel = { released: false, release: async () => {} } as never;
          return state.sentinel;
        },
      },
    });
  });
  let down = false;
  let manifestRequests = 0;
  await page.route('**/data/*.json', async (route) => {
    if (route.request().url().endsWith('/manifest.json')) manifestRequests += 1;
    if (down) await route.fulfill({ status: 503, body: 'down' });
    else await route.continue();
  });

  // Data requests started and settled: a refresh is over when every one it started has settled.
  const requests = { started: 0, settled: 0 };
  const isData = (url: string) => /\/data\/[^/]+\.json$/.test(url);
  page.on('request', (r) => void (isData(r.url()) && (requests.started += 1)));
  const settle = (r: Request) => void (isData(r.url()) && (requests.settled += 1));
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);

  await page.goto('/?present=1&autoplay=60&refresh=60');
  await expect(page.locator('[data-slide]').getByTestId('slide-takeaway')).toBeVisible();
  await expect(page.locator('[data-slide]').getByTestId('slide-data-date')).toBeVisible();
  const wake = () =>
    page.evaluate(() => (window as unknown as { wake: { requests: number } }).wake.requests);
  expect(await wake()).toBe(1);
  const cdp = await page.context().newCDPSession(page);
  // Slides differ in their listeners: measure on the first slide each time.
  const onFirstSlide = async () => {
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText('1 / 9');
  };
  await onFirstSlide();
  // The baseline once every slide is prepared and its chart drawn: each prepared slide holds
  // listeners of its own, slides are prepared one by one after the first is shown, and a chart's
  // own listeners (its tooltip's Escape key) come with its code, which loads after its slide.
  const slides = page.getByTestId('presentation').locator('article');
  await expect(slides).toHaveCount(9);
  await expect
    .poll(() =>
      slides.evaluateAll(
        (all, drawing) =>
          all.every((slide) =>
            [...slide.querySelectorAll('figure')].every((figure) => figure.querySelector(drawing)),
          ),
        CHART_SVG,
      ),
    )
    .toBe(true);
  const windowListeners = await listenerCount(cdp, 'window');
  const documentListeners = await listenerCount(cdp, 'document');
  const loaded = manifestRequests;

  // An hour later (the machine may have slept through it): the data is fetched again.
  await page.clock.fastForward('01:00:30');
  await expect.poll(() => manifestRequests).toBeGreaterThan(loaded);
  await expect(page.getByTestId('kiosk-data-status')).toHaveCount(0);
  // Let that refresh finish before the next jump: a jump while it runs would only move its next
  // due time an hour on (a machine asleep in mid-refresh), and the outage would go unseen.
  await expect.poll(() => requests.started === requests.settled).toBe(true);

  // The server goes down for hours: the last good data stays, a quiet line says so, no button.
  down = true;
  await page.clock.fastForward('01:00:30');
  await expect(page.getByTestId('kiosk-data-status')).toContainText('last refresh failed at', {
    timeout: 20_000,
  });
  for (let i = 0; i < 8; i += 1) {
    await page.clock.fastForward('00:20:00');
    await expect(page.locator('[data-slide]').getByTestId('slide-takeaway')).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.getByTestId('kiosk-data-status')).toBeVisible();
  const duringOutage = manifestRequests;

  // The server is back: recovered by itself within the back-off.
  down = false;
  await page.clock.fastForward('00:16:00');
  await expect(page.getByTestId('kiosk-data-status')).toHaveCount(0, { timeout: 20_000 });
  expect(manifestRequests).toBeGreaterThan(duringOutage);
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);

  // Waking from sleep asks for the wake lock again.
  await page.evaluate(() => {
    const w = window as unknown as { wake: { sentinel: { released: boolean } } };
    w.wake.sentinel.released = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(wake).toBe(2);

  // Days of slides and refreshes later, no listener has piled up.
  await onFirstSlide();
  expect(await listenerCount(cdp, 'window')).toBeLessThanOrEqual(windowListeners);
  expect(await listenerCount(cdp, 'document')).toBeLessThanOrEqual(documentListeners);
});

test('screenshots: deck editor, a slide with a highlight, the presenter view (1920x1080)', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const deck = {
    version: 1,
    id: 'board1',
    name: 'Board meeting, March',
    slides: [
      {
        id: 'a1',
        panel: 'rankings',
        filters: 'from=2015&to=2020',
        view: 'chart',
        title: 'Hong Kong climbs the innovation rankings',
        note: 'Open with the 2020 rank; the digital index tells the same story.',
        highlight: { target: { kind: 'year', year: 2020 }, note: 'Best GII rank in the period' },
      },
      { id: 'a2', panel: 'startups', filters: '', view: 'chart', seconds: 20 },
      { id: 'a3', panel: 'funding', filters: 'sector=biotechnology', view: 'table' },
    ],
  };
  await context.addInitScript(
    (stored) => {
      localStorage.setItem('hk-innovation.decks', stored);
    },
    JSON.stringify({ activeId: 'board1', decks: [deck] }),
  );
  const page = await context.newPage();
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Ranking trends', exact: true })
    .getByTestId('takeaway')
    .waitFor();
  await page.getByTestId('deck-button').click();
  await expect(page.getByTestId('deck-slide')).toHaveCount(3);
  await page.screenshot({ path: 'docs/screenshots/deck-editor.png' });
  await page.getByRole('button', { name: 'Present this deck' }).click();
  await expect(page.locator('[data-slide]').getByTestId('slide-callout')).toBeVisible();
  await expect(page.locator('[data-slide]').locator(CHART_SVG).first()).toBeVisible();
  // The controls fade once the pointer has been still.
  await expect(page.getByRole('toolbar', { name: 'Presentation controls' })).toHaveCSS(
    'opacity',
    '0',
  );
  await page.screenshot({ path: 'docs/screenshots/slide-highlight.png' });
  const presenter = await context.newPage();
  await presenter.goto(`${page.url()}&presenter=1`);
  await expect(presenter.getByTestId('presenter-current').locator(CHART_SVG).first()).toBeVisible();
  await presenter.screenshot({ path: 'docs/screenshots/presenter-view.png' });
  await context.close();
});
