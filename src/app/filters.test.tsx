import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { Dashboard } from './dashboard';

function openAt(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  return renderWithProviders(<Dashboard />);
}

const region = (name: string) => screen.getByRole('region', { name });

async function tableOf(name: string) {
  const user = userEvent.setup();
  await within(region(name)).findByTestId('takeaway');
  await user.click(within(region(name)).getByRole('button', { name: 'Table' }));
  return within(region(name)).getAllByRole('table')[0]!;
}

const rowHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((c) => c.textContent);

afterEach(() => window.history.replaceState(null, '', '/'));

describe('filters', () => {
  it('limits every time series to the year range, and rewrites the takeaways', async () => {
    openAt('?from=2018&to=2020');
    expect(rowHeaders(await tableOf('Ranking trends'))).toEqual(['2018', '2019', '2020']);
    expect(rowHeaders(await tableOf('Start-up growth'))).toEqual(['2018', '2019', '2020']);
    expect(within(region('Ranking trends')).getByTestId('takeaway')).toHaveTextContent(
      'Global Innovation Index: up from #14 in 2018 to #11 in 2020.',
    );
    expect(within(region('Fintech')).getByTestId('takeaway')).toHaveTextContent(
      'Latest figure: 468 fintech start-ups in 2020.',
    );
    expect(screen.getByText('3 years shown')).toBeInTheDocument();
  });

  it('changes the URL and the numbers when a year is picked', async () => {
    const user = userEvent.setup();
    openAt('');
    await within(region('Fintech')).findByTestId('takeaway');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2013'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2020');
    await waitFor(() => expect(window.location.search).toBe('?from=2020'));
    expect(within(region('Fintech')).getByTestId('takeaway')).toHaveTextContent(
      'Latest figure: 600+ fintech start-ups in 2024.',
    );
    expect(
      screen.getByRole('button', { name: 'Remove filter: Years 2020–2025' }),
    ).toBeInTheDocument();
  });

  it('shows only the chosen ranking index, as a share of economies ranked', async () => {
    openAt('?index=imd-digital&metric=percentile&from=2020&to=2020');
    const table = await tableOf('Ranking trends');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Year', 'IMD World Digital Competitiveness Ranking']);
    expect(within(table).getByRole('row', { name: /2020/ })).toHaveTextContent('7.9%');
  });

  it('hides panels and headlines not tagged with the focus area, and says how many', async () => {
    openAt('?area=fintech');
    await screen.findByText('7 panels hidden: not tagged with Financial technologies');
    expect(screen.queryByRole('region', { name: 'Ranking trends' })).not.toBeInTheDocument();
    expect(region('Fintech')).toBeInTheDocument();
    const strip = region('Headline figures');
    await within(strip).findByText('×3.4');
    expect(within(strip).queryByText('3,360')).not.toBeInTheDocument();
  });

  it('focuses the funding panel on a sector by clicking its button, with a chip to undo it', async () => {
    const user = userEvent.setup();
    openAt('');
    await within(region('Funding breakdown')).findByTestId('takeaway');
    await user.click(
      within(region('Funding breakdown')).getByRole('button', { name: 'Biotechnology' }),
    );
    expect(within(region('Funding breakdown')).getByTestId('takeaway')).toHaveTextContent(
      'Biotechnology: 9.7% of the 19,008 ITF projects, about ≈1,844 projects (derived).',
    );
    await waitFor(() => expect(window.location.search).toBe('?sector=biotechnology'));
    await user.click(screen.getByRole('button', { name: 'Remove filter: Sector: Biotechnology' }));
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('compares Hong Kong with a peer from the Ranking panel, with a chip to undo it', async () => {
    const user = userEvent.setup();
    openAt('');
    await within(region('Ranking trends')).findByTestId('takeaway');
    await user.click(within(region('Ranking trends')).getByRole('checkbox', { name: 'Singapore' }));
    await waitFor(() => expect(window.location.search).toBe('?compare=singapore'));
    await user.click(
      await screen.findByRole('button', { name: 'Remove filter: Compared with: Singapore' }),
    );
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(
      within(region('Ranking trends')).getByRole('checkbox', { name: 'Singapore' }),
    ).not.toBeChecked();
  });

  it('shows an empty panel with a reset when the filters leave nothing', async () => {
    const user = userEvent.setup();
    openAt('?from=2013&to=2014');
    const fintech = region('Fintech');
    expect(await within(fintech).findByText('No data for these filters.')).toBeInTheDocument();
    await user.click(within(fintech).getByRole('button', { name: "Reset this panel's filters" }));
    expect(await within(fintech).findByTestId('takeaway')).toBeInTheDocument();
  });

  it('Reset clears every filter', async () => {
    const user = userEvent.setup();
    openAt('?from=2018&area=fintech&metric=percentile');
    await screen.findByRole('button', { name: /Remove filter: Focus/ });
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
  });
});
