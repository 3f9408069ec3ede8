import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '@/testing/setup-tests';
import { renderWithProviders } from '@/testing/render';
import { PanelFrame } from '@/components/panel/panel-frame';
import { datasetFixture } from '../../../mock-data/fixtures';
import { datasetHandler, respond } from '../../../mock-data/handlers';
import { talentPanel } from './talent-panel';

const TAKEAWAY =
  /R&D positions funded by the Research Talent Hub: 3,700\+, the largest of 3 programmes and ×5\.3 the smallest \(≈700, derived\)/;

const region = () => screen.getByRole('region', { name: 'Talent' });

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

describe('talent panel', () => {
  it('shows a loading skeleton, then the takeaway naming the largest programme', async () => {
    server.use(
      http.get('*/data/talent.json', async () => {
        await delay(150);
        return HttpResponse.json(datasetFixture('talent'));
      }),
    );
    renderWithProviders(<PanelFrame panel={talentPanel} />);
    expect(within(region()).getByTestId('panel-loading')).toBeInTheDocument();
    expect(await within(region()).findByText(TAKEAWAY)).toBeInTheDocument();
    expect(within(region()).getByRole('figure')).toHaveAccessibleName(
      expect.stringContaining('Bar chart of the people'),
    );
    expect(within(region()).getByTestId('source-line')).toHaveTextContent('HKTDC Research');
  });

  it('shows the other talent figures as context, the derived one marked', async () => {
    renderWithProviders(<PanelFrame panel={talentPanel} />);
    await within(region()).findByText(TAKEAWAY);
    expect(figure('rttp-enterprises')).toHaveTextContent(
      '≈1,800whose 3,500+ employees were trained',
    );
    expect(figure('non-local-founders')).toHaveTextContent('≈26%InvestHK start-up survey, 2020');
    expect(figure('techtas-launched')).toHaveTextContent('2018');
    expect(figure('global-stem-launch')).toHaveTextContent('2021');
    expect(figure('spread')).toHaveTextContent('×5.3derived: 3,700+ ÷ ≈700');
  });

  it('shows every number in its table view', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PanelFrame panel={talentPanel} />);
    await within(region()).findByText(TAKEAWAY);
    await user.click(within(region()).getByRole('button', { name: 'Table' }));
    expect(row('R&D positions funded by the Research Talent Hub')).toHaveTextContent('3,700+');
    expect(
      row('Employees trained under the Re-industrialisation and Technology Training Programme'),
    ).toHaveTextContent('3,500+');
    expect(row('I&T places under the Greater Bay Area Youth Employment Scheme')).toHaveTextContent(
      '≈700',
    );
    expect(row('Start-ups founded by non-locals')).toHaveTextContent('≈26%');
    expect(
      row('Year the Technology Talent Admission Scheme (TechTAS) was introduced'),
    ).toHaveTextContent('2018');
    expect(row('Largest programme against the smallest')).toHaveTextContent('×5.3');
    await user.click(within(region()).getByRole('button', { name: 'Chart' }));
    expect(within(region()).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a server error in the panel, and Retry loads the data', async () => {
    const user = userEvent.setup();
    server.use(datasetHandler('talent', respond.serverError));
    renderWithProviders(<PanelFrame panel={talentPanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent('Talent could not be shown');
    expect(alert).toHaveTextContent('talent: the server answered 500');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(region()).findByText(TAKEAWAY)).toBeInTheDocument();
  });

  it('refuses malformed JSON with a message', async () => {
    server.use(datasetHandler('talent', respond.malformed));
    renderWithProviders(<PanelFrame panel={talentPanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(within(region()).queryByText(TAKEAWAY)).not.toBeInTheDocument();
  });

  it('refuses data that breaks the schema, naming the dataset and the field', async () => {
    const broken = datasetFixture('talent');
    broken.observations[0]!.value = -1;
    server.use(datasetHandler('talent', () => respond.json(broken)));
    renderWithProviders(<PanelFrame panel={talentPanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(within(alert).getByTestId('error-detail')).toHaveTextContent(
      'talent: observations[0].value: expected a number of zero or more',
    );
    expect(within(region()).queryByRole('figure')).not.toBeInTheDocument();
  });
});
