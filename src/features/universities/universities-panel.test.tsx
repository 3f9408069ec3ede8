import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '@/testing/setup-tests';
import { renderWithProviders } from '@/testing/render';
import { PanelFrame } from '@/components/panel/panel-frame';
import { datasetFixture } from '../../../mock-data/fixtures';
import { datasetHandler, respond } from '../../../mock-data/handlers';
import { universitiesPanel } from './universities-panel';
import { assignLanes } from './dot-lanes';

const DEFAULT_TAKEAWAY =
  /^HKUST is 20th in the world for Electrical & Electronic Engineering; 23 top-100 placings across 7 subjects\.$/;

const region = () => screen.getByRole('region', { name: 'University strengths' });

function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return renderWithProviders(<PanelFrame panel={universitiesPanel} />);
}

/** The text of the cell in row `row` under column `column` of the panel's table. */
function cell(row: string, column: string): string | null {
  const table = within(region()).getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const tr = within(table).getByRole('row', { name: new RegExp(`^${row}`) });
  return tr.querySelectorAll('th, td')[headers.indexOf(column)]?.textContent ?? null;
}

async function showTable() {
  await userEvent.setup().click(within(region()).getByRole('button', { name: 'Table' }));
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('universities panel', () => {
  it('shows a loading skeleton, then the takeaway computed from the data', async () => {
    server.use(
      http.get('*/data/universities.json', async () => {
        await delay(150);
        return HttpResponse.json(datasetFixture('universities'));
      }),
    );
    renderAt('');
    expect(within(region()).getByTestId('panel-loading')).toBeInTheDocument();
    expect(await within(region()).findByTestId('takeaway')).toHaveTextContent(DEFAULT_TAKEAWAY);
    expect(within(region()).getByRole('figure')).toHaveAccessibleName(
      expect.stringMatching(/^Dot chart of .*QS World University Rankings by Subject 2021/),
    );
    expect(within(region()).getByTestId('source-line')).toHaveTextContent('HKTDC Research');
    expect(region().querySelector('[data-figure="placings-hku"]')).toHaveTextContent(
      /^HKU7 of 7subjects in the top 100; best rank 36$/,
    );
  });

  it('shows every rank in its table view, with – where a university is not in the top 100', async () => {
    renderAt('');
    await within(region()).findByText(DEFAULT_TAKEAWAY);
    await showTable();
    expect(cell('Electrical & Electronic Engineering', 'HKUST')).toBe('20');
    expect(cell('Electrical & Electronic Engineering', 'PolyU')).toBe('92');
    expect(cell('Computer Science & Information Systems', 'CUHK')).toBe('31');
    expect(cell('Medicine', 'HKUST')).toBe('–');
    expect(within(region()).getAllByRole('row')).toHaveLength(8);
  });

  it('shows a server error in the panel, and Retry loads the data', async () => {
    const user = userEvent.setup();
    server.use(datasetHandler('universities', respond.serverError));
    renderAt('');
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent('University strengths could not be shown');
    expect(alert).toHaveTextContent('universities: the server answered 500');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(region()).findByText(DEFAULT_TAKEAWAY)).toBeInTheDocument();
  });

  it('refuses malformed JSON with a message', async () => {
    server.use(datasetHandler('universities', respond.malformed));
    renderAt('');
    expect(await within(region()).findByRole('alert')).toHaveTextContent('not valid JSON');
    expect(within(region()).queryByTestId('takeaway')).not.toBeInTheDocument();
  });

  it('refuses data that breaks the schema, naming the field', async () => {
    const broken = datasetFixture('universities');
    broken.observations[0]!.value = -1;
    server.use(datasetHandler('universities', () => respond.json(broken)));
    renderAt('');
    const alert = await within(region()).findByRole('alert');
    expect(within(alert).getByTestId('error-detail')).toHaveTextContent(
      'universities: observations[0].value:',
    );
    expect(within(region()).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('follows a subject in the URL', async () => {
    renderAt('?subject=medicine');
    expect(await within(region()).findByTestId('takeaway')).toHaveTextContent(
      'HKU is 39th in the world for Medicine; 2 top-100 placings across 1 subject.',
    );
    expect(within(region()).getByRole('combobox', { name: 'Subject' })).toHaveValue('medicine');
    await showTable();
    expect(within(region()).getAllByRole('row')).toHaveLength(2);
    expect(cell('Medicine', 'CUHK')).toBe('40');
  });

  it('shows "No data for these filters" for a university not ranked in the subject, with a reset', async () => {
    const user = userEvent.setup();
    renderAt('?university=polyu&subject=medicine');
    expect(await within(region()).findByText('No data for these filters.')).toBeInTheDocument();
    await user.click(within(region()).getByRole('button', { name: "Reset this panel's filters" }));
    expect(await within(region()).findByText(DEFAULT_TAKEAWAY)).toBeInTheDocument();
  });

  it('ignores an unknown university or subject in the URL', async () => {
    renderAt('?university=zzz&subject=basket-weaving');
    expect(await within(region()).findByText(DEFAULT_TAKEAWAY)).toBeInTheDocument();
    expect(within(region()).getByRole('combobox', { name: 'University' })).toHaveValue('');
  });

  it('filters to a university from the legend (keyboard too), and back', async () => {
    const user = userEvent.setup();
    renderAt('');
    await within(region()).findByText(DEFAULT_TAKEAWAY);
    const legend = within(region()).getByRole('list', { name: /Universities/ });
    within(legend).getByRole('button', { name: 'PolyU' }).focus();
    await user.keyboard('{Enter}');
    expect(await within(region()).findByTestId('takeaway')).toHaveTextContent(
      'PolyU is 92nd in the world for Electrical & Electronic Engineering; 1 top-100 placing across 1 subject.',
    );
    await waitFor(() => expect(window.location.search).toBe('?university=polyu'));
    expect(within(legend).getByRole('button', { name: 'HKUST' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(within(legend).getByRole('button', { name: 'PolyU' }));
    expect(await within(region()).findByText(DEFAULT_TAKEAWAY)).toBeInTheDocument();
  });

  it('steps through the dots with the arrow keys, naming each, and Enter picks its university', async () => {
    const user = userEvent.setup();
    renderAt('');
    await within(region()).findByText(DEFAULT_TAKEAWAY);
    const figure = within(region()).getByRole('figure');
    const surface = await waitFor(() => {
      const svg = figure.querySelector<SVGElement>('svg[tabindex="0"]');
      if (!svg) throw new Error('the chart is not drawn yet');
      return svg;
    });
    surface.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(figure).getByRole('status')).toHaveTextContent(
      'HKUST, Electrical & Electronic Engineering: rank 20',
    );
    await user.keyboard('{ArrowRight}');
    expect(within(figure).getByRole('status')).toHaveTextContent(
      'HKU, Electrical & Electronic Engineering: rank 36',
    );
    await user.keyboard('{Escape}');
    expect(within(figure).queryByRole('status')).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(figure).getByRole('status')).toHaveTextContent(
      'HKU, Electrical & Electronic Engineering: rank 36',
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.search).toBe('?university=hku'));
    // The plot is redrawn for HKU alone: the tooltip closes rather than name another dot.
    await waitFor(() => expect(within(figure).queryByRole('status')).not.toBeInTheDocument());
  });

  it('filters by subject from its select', async () => {
    const user = userEvent.setup();
    renderAt('');
    await within(region()).findByText(DEFAULT_TAKEAWAY);
    await user.selectOptions(
      within(region()).getByRole('combobox', { name: 'Subject' }),
      'Chemistry',
    );
    expect(await within(region()).findByTestId('takeaway')).toHaveTextContent(
      'HKUST is 31st in the world for Chemistry; 3 top-100 placings across 1 subject.',
    );
    await waitFor(() => expect(window.location.search).toBe('?subject=chemistry'));
  });
});

describe('assignLanes', () => {
  it('keeps far-apart ranks on one lane and spreads close ones', () => {
    expect(assignLanes([20, 36, 65, 71, 92], 9)).toEqual([0, 0, 0, 1, 0]);
    expect(assignLanes([31, 30, 43, 68], 9)).toEqual([1, 0, 0, 0]);
    expect(assignLanes([39, 40, 41], 9)).toEqual([0, 1, 2]);
  });
});
