import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '@/testing/setup-tests';
import { renderWithProviders } from '@/testing/render';
import { PanelFrame } from '@/components/panel/panel-frame';
import { datasetFixture } from '../../../mock-data/fixtures';
import { datasetHandler, respond } from '../../../mock-data/handlers';
import { rndPanel } from './rnd-panel';

const DEFAULT_TAKEAWAY =
  /^R&D spending rose from 0\.76% of GDP in 2015 to 1\.13% in 2024 \(C&SD changed its compilation method in 2018\), still below the 1\.5% target\.$/;

const region = () => screen.getByRole('region', { name: 'R&D spending' });

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return renderWithProviders(<PanelFrame panel={rndPanel} />);
}

/** The cells of the table row whose header is `year`, as text. */
function rowCells(year: string): string[] {
  const row = within(region()).getByRole('row', { name: new RegExp(`^${year}\\b`) });
  return [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
}

async function showTable() {
  await userEvent.setup().click(within(region()).getByRole('button', { name: 'Table' }));
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('rnd panel', () => {
  it('shows a loading skeleton, then the takeaway computed from the data', async () => {
    server.use(
      http.get('*/data/rnd.json', async () => {
        await delay(150);
        return HttpResponse.json(datasetFixture('rnd'));
      }),
    );
    renderAt('');
    expect(within(region()).getByTestId('panel-loading')).toBeInTheDocument();
    expect(await within(region()).findByTestId('takeaway')).toHaveTextContent(DEFAULT_TAKEAWAY);
    expect(within(region()).getByRole('figure')).toHaveAccessibleName(
      expect.stringContaining('Bar chart of gross domestic expenditure on R&D'),
    );
    const figure = (id: string) => region().querySelector(`[data-figure="${id}"]`);
    expect(figure('baseline')).toHaveTextContent('0.73%');
    expect(figure('target')).toHaveTextContent('1.5%');
    expect(figure('latest')).toHaveTextContent('1.13%in 2024');
    const sources = within(region()).getByTestId('source-line');
    expect(sources).toHaveTextContent('HKTDC Research');
    expect(sources).toHaveTextContent('C&SD changed its compilation method from 2018');
    expect(
      within(region()).getByText(
        /^Hatched bars: compiled by C&SD's method before 2018, not directly/,
      ),
    ).toBeInTheDocument();
  });

  it('shows every figure in its table view, gaps as gaps and the method change marked', async () => {
    renderAt('');
    await within(region()).findByText(DEFAULT_TAKEAWAY);
    await showTable();
    expect(rowCells('2019')).toEqual(['2019', '0.92%', '2018 method']);
    expect(rowCells('2017')).toEqual(['2017', '0.8%', 'before 2018 (not directly comparable)']);
    expect(rowCells('2021')).toEqual(['2021', 'no figure', '2018 method']);
    expect(rowCells('2024')[1]).toBe('1.13%');
    expect(rowCells('Target R&D expenditure')[1]).toBe('1.5%');
    expect(rowCells('R&D expenditure as % of GDP, 2017 Policy Address baseline')[1]).toBe('0.73%');
  });

  it('shows a server error in the panel, and Retry loads the data', async () => {
    const user = userEvent.setup();
    server.use(datasetHandler('rnd', respond.serverError));
    renderAt('');
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent('R&D spending could not be shown');
    expect(alert).toHaveTextContent('rnd: the server answered 500');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(region()).findByText(DEFAULT_TAKEAWAY)).toBeInTheDocument();
  });

  it('refuses malformed JSON with a message', async () => {
    server.use(datasetHandler('rnd', respond.malformed));
    renderAt('');
    expect(await within(region()).findByRole('alert')).toHaveTextContent('not valid JSON');
    expect(within(region()).queryByTestId('takeaway')).not.toBeInTheDocument();
  });

  it('refuses data that breaks the schema, naming the field', async () => {
    const broken = datasetFixture('rnd');
    broken.observations[0]!.value = -1;
    server.use(datasetHandler('rnd', () => respond.json(broken)));
    renderAt('');
    const alert = await within(region()).findByRole('alert');
    expect(within(alert).getByTestId('error-detail')).toHaveTextContent(
      'rnd: observations[0].value:',
    );
    expect(within(region()).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('applies the year window to the series, leaving out the method caveat after 2018', async () => {
    renderAt('?from=2019&to=2022');
    expect(await within(region()).findByTestId('takeaway')).toHaveTextContent(
      /^R&D spending rose from 0\.92% of GDP in 2019 to 1\.07% in 2022, still below the 1\.5% target\.$/,
    );
    expect(region().querySelector('[data-figure="latest"]')).toHaveTextContent('1.07%in 2022');
    await showTable();
    expect(within(region()).queryByRole('row', { name: /^2015\b/ })).not.toBeInTheDocument();
    expect(rowCells('2021')[1]).toBe('no figure');
  });

  it('shows "No data for these filters" when no C&SD year is in the window', async () => {
    const user = userEvent.setup();
    renderAt('?from=2021&to=2021');
    expect(await within(region()).findByText('No data for these filters.')).toBeInTheDocument();
    await user.click(within(region()).getByRole('button', { name: "Reset this panel's filters" }));
    expect(await within(region()).findByText(DEFAULT_TAKEAWAY)).toBeInTheDocument();
  });

  it('ignores filters it does not react to', async () => {
    renderAt('?university=zzz&subject=medicine');
    expect(await within(region()).findByText(DEFAULT_TAKEAWAY)).toBeInTheDocument();
  });
});
