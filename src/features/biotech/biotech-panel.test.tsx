import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '@/testing/setup-tests';
import { renderWithProviders } from '@/testing/render';
import { PanelFrame } from '@/components/panel/panel-frame';
import { datasetFixture } from '../../../mock-data/fixtures';
import { datasetHandler, respond } from '../../../mock-data/handlers';
import { biotechPanel } from './biotech-panel';

const TAKEAWAY =
  /Pre-revenue companies made up 14 of 23 healthcare listings in 2020 \(61%\) and raised HK\$40 billion of HK\$98 billion \(41%\); shares derived\./;

const region = () => screen.getByRole('region', { name: 'Biotech and capital markets' });

function row(header: string) {
  const tr = within(region()).getByRole('rowheader', { name: header }).closest('tr');
  if (!tr) throw new Error(`no row for ${header}`);
  return tr;
}

function figure(id: string) {
  const card = region().querySelector(`[data-figure="${id}"]`);
  if (!(card instanceof HTMLElement)) throw new Error(`no figure ${id}`);
  return card;
}

describe('biotech panel', () => {
  it('shows a loading skeleton, then the takeaway computed from the listings', async () => {
    server.use(
      http.get('*/data/biotech.json', async () => {
        await delay(150);
        return HttpResponse.json(datasetFixture('biotech'));
      }),
    );
    renderWithProviders(<PanelFrame panel={biotechPanel} />);
    expect(within(region()).getByTestId('panel-loading')).toBeInTheDocument();
    expect(await within(region()).findByText(TAKEAWAY)).toBeInTheDocument();
    expect(within(region()).getByRole('figure')).toHaveAccessibleName(
      expect.stringContaining('bar charts'),
    );
    expect(within(region()).getByTestId('source-line')).toHaveTextContent('HKTDC Research');
  });

  it('explains the hatched (derived) bars and shows the context figures', async () => {
    renderWithProviders(<PanelFrame panel={biotechPanel} />);
    await within(region()).findByText(TAKEAWAY);
    expect(
      within(region()).getByText(/Hatched bars are derived: the other listings are the 23/),
    ).toHaveTextContent('regime HKEX launched in 2018');
    expect(figure('high-impact-publications')).toHaveTextContent('≈250');
    expect(figure('phase-1-centres')).toHaveTextContent('2set up in 2014');
    expect(figure('nmpa-first-institutions')).toHaveTextContent('3');
    expect(figure('hkib-founded')).toHaveTextContent('1988');
    expect(region().querySelector('[data-figure="phase-1-centres-set-up"]')).toBeNull();
  });

  it('shows every number in its table view, derived values marked', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PanelFrame panel={biotechPanel} />);
    await within(region()).findByText(TAKEAWAY);
    await user.click(within(region()).getByRole('button', { name: 'Table' }));
    expect(row('Pre-revenue companies listed under the new regime')).toHaveTextContent(
      '14HK$40 billion',
    );
    expect(row('Other healthcare companies (derived: total minus pre-revenue)')).toHaveTextContent(
      '9 (derived)HK$58 billion (derived)',
    );
    expect(row('Healthcare companies listed in Hong Kong')).toHaveTextContent('23HK$98 billion');
    expect(row('Pre-revenue share of the total (derived)')).toHaveTextContent(
      '61% (derived)41% (derived)',
    );
    expect(
      row('Year the Karolinska Institutet set up its Hong Kong research branch'),
    ).toHaveTextContent('2016');
    await user.click(within(region()).getByRole('button', { name: 'Chart' }));
    expect(within(region()).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a server error in the panel, and Retry loads the data', async () => {
    const user = userEvent.setup();
    server.use(datasetHandler('biotech', respond.serverError));
    renderWithProviders(<PanelFrame panel={biotechPanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent('Biotech and capital markets could not be shown');
    expect(alert).toHaveTextContent('biotech: the server answered 500');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(region()).findByText(TAKEAWAY)).toBeInTheDocument();
  });

  it('refuses malformed JSON with a message', async () => {
    server.use(datasetHandler('biotech', respond.malformed));
    renderWithProviders(<PanelFrame panel={biotechPanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(within(region()).queryByText(TAKEAWAY)).not.toBeInTheDocument();
  });

  it('refuses data that breaks the schema, naming the dataset and the field', async () => {
    const broken = datasetFixture('biotech');
    broken.observations[0]!.value = -1;
    server.use(datasetHandler('biotech', () => respond.json(broken)));
    renderWithProviders(<PanelFrame panel={biotechPanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(within(alert).getByTestId('error-detail')).toHaveTextContent(
      'biotech: observations[0].value: expected a number of zero or more',
    );
    expect(within(region()).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('refuses a pre-revenue figure larger than its total rather than drawing a negative bar', async () => {
    const broken = datasetFixture('biotech');
    const pre = broken.observations.find((o) => o.id === 'biotech.pre-revenue-listings.2020');
    pre!.value = 30;
    server.use(datasetHandler('biotech', () => respond.json(broken)));
    renderWithProviders(<PanelFrame panel={biotechPanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(within(alert).getByTestId('error-detail')).toHaveTextContent(
      'biotech: "biotech.pre-revenue-listings.2020" does not fit within "biotech.healthcare-listings.2020"',
    );
  });
});
