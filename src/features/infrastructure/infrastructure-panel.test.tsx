import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '@/testing/setup-tests';
import { renderWithProviders } from '@/testing/render';
import { PanelFrame } from '@/components/panel/panel-frame';
import { datasetFixture } from '../../../mock-data/fixtures';
import { datasetHandler, respond } from '../../../mock-data/handlers';
import { infrastructurePanel } from './infrastructure-panel';

const TAKEAWAY =
  /Largest project: Gross area of the Hong Kong-Shenzhen Innovation and Technology Park on full development, 1,200,000 m², up to ×5\.2 the other 3 projects combined \(≈231,000 m², derived\)/;

const region = () => screen.getByRole('region', { name: 'Infrastructure and facilities' });

/** The row whose header cell is `header`, from any of the panel's tables. */
function row(header: string) {
  const cell = within(region()).getByRole('rowheader', { name: header });
  const tr = cell.closest('tr');
  if (!tr) throw new Error(`no row for ${header}`);
  return tr;
}

describe('infrastructure panel', () => {
  it('shows a loading skeleton, then the takeaway computed from the floor areas', async () => {
    server.use(
      http.get('*/data/infrastructure.json', async () => {
        await delay(150);
        return HttpResponse.json(datasetFixture('infrastructure'));
      }),
    );
    renderWithProviders(<PanelFrame panel={infrastructurePanel} />);
    expect(within(region()).getByTestId('panel-loading')).toBeInTheDocument();
    expect(await within(region()).findByText(TAKEAWAY)).toBeInTheDocument();
    expect(within(region()).getByRole('figure')).toHaveAccessibleName(
      expect.stringContaining('Bar chart of the floor area'),
    );
    // Largest first, each bar labelled with the area as published.
    const bars = Array.from(region().querySelectorAll('[data-bar]'), (bar) => bar.textContent);
    expect(bars).toEqual([
      'Gross area of the Hong Kong-Shenzhen Innovation and Technology Park on full development1,200,000 m²',
      'Advanced Manufacturing Centre and Microelectronics Centre (combined gross floor area)140,000+ m²',
      'Cyberport 5≈63,000 m²',
      'Science Park Expansion Programme, Phase 2≈28,000 m²',
    ]);
    expect(within(region()).getByTestId('source-line')).toHaveTextContent('HKTDC Research');
  });

  it('shows context figures with their qualifiers and the derived multiple marked', async () => {
    renderWithProviders(<PanelFrame panel={infrastructurePanel} />);
    await within(region()).findByText(TAKEAWAY);
    const figure = (id: string) => {
      const card = region().querySelector(`[data-figure="${id}"]`);
      if (!(card instanceof HTMLElement)) throw new Error(`no figure ${id}`);
      return card;
    };
    expect(figure('science-park-companies')).toHaveTextContent('890+');
    expect(figure('science-park-practitioners')).toHaveTextContent('≈9,000');
    expect(figure('cyberport-companies')).toHaveTextContent('1,500+');
    expect(figure('innocell-residential-spaces')).toHaveTextContent('≈500completed in 2020');
    expect(figure('innohk-clusters')).toHaveTextContent(
      'first batch of ≈20 laboratories from 2021',
    );
    expect(figure('state-key-laboratories')).toHaveTextContent('16');
    expect(figure('loop-first-batch')).toHaveTextContent('2024–2027');
    expect(figure('loop-first-batch')).toHaveTextContent('87 ha site; agreement signed in 2017');
    expect(figure('largest-multiple')).toHaveTextContent(
      'up to ×5.2derived: 1,200,000 m² ÷ ≈231,000 m²',
    );
  });

  it('shows every number in its table view', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PanelFrame panel={infrastructurePanel} />);
    await within(region()).findByText(TAKEAWAY);
    await user.click(within(region()).getByRole('button', { name: 'Table' }));
    expect(row('Science Park Expansion Programme, Phase 2')).toHaveTextContent('≈28,000 m²');
    expect(row('Cyberport 5')).toHaveTextContent('≈63,000 m²');
    expect(
      row('Advanced Manufacturing Centre and Microelectronics Centre (combined gross floor area)'),
    ).toHaveTextContent('140,000+ m²');
    expect(
      row(
        'Gross area of the Hong Kong-Shenzhen Innovation and Technology Park on full development',
      ),
    ).toHaveTextContent('1,200,000 m²');
    expect(row('Technology companies in the Hong Kong Science Park')).toHaveTextContent('890+');
    expect(row('R&D practitioners in the Hong Kong Science Park')).toHaveTextContent('≈9,000');
    expect(row('State Key Laboratories in Hong Kong')).toHaveTextContent('16');
    expect(row('Area of the Lok Ma Chau Loop')).toHaveTextContent('87 ha');
    expect(row('First Loop park facilities completed by')).toHaveTextContent('2027');
    expect(row('Other 3 projects combined (derived)')).toHaveTextContent(
      '≈231,000 m²derived: 140,000+ m² + ≈63,000 m² + ≈28,000 m²',
    );
    await user.click(within(region()).getByRole('button', { name: 'Chart' }));
    expect(within(region()).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a server error in the panel, and Retry loads the data', async () => {
    const user = userEvent.setup();
    server.use(datasetHandler('infrastructure', respond.serverError));
    renderWithProviders(<PanelFrame panel={infrastructurePanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent('Infrastructure and facilities could not be shown');
    expect(alert).toHaveTextContent('infrastructure: the server answered 500');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(region()).findByText(TAKEAWAY)).toBeInTheDocument();
  });

  it('refuses malformed JSON with a message', async () => {
    server.use(datasetHandler('infrastructure', respond.malformed));
    renderWithProviders(<PanelFrame panel={infrastructurePanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(within(region()).queryByText(TAKEAWAY)).not.toBeInTheDocument();
  });

  it('refuses data that breaks the schema, naming the dataset and the field', async () => {
    const broken = datasetFixture('infrastructure');
    broken.observations[0]!.value = -1;
    server.use(datasetHandler('infrastructure', () => respond.json(broken)));
    renderWithProviders(<PanelFrame panel={infrastructurePanel} />);
    const alert = await within(region()).findByRole('alert');
    expect(within(alert).getByTestId('error-detail')).toHaveTextContent(
      'infrastructure: observations[0].value: expected a number of zero or more',
    );
    expect(within(region()).queryByRole('figure')).not.toBeInTheDocument();
  });
});
