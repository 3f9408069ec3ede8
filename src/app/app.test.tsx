import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '@/testing/setup-tests';
import { renderWithProviders } from '@/testing/render';
import { PanelFrame } from '@/components/panel/panel-frame';
import { definePanel } from '@/components/panel/define-panel';
import { useRankings } from '@/features/rankings/use-rankings';
import { datasetHandler, respond } from '../../mock-data/handlers';
import { App } from './app';

describe('the dashboard', () => {
  it('keeps the other panels working when one dataset fails', async () => {
    server.use(datasetHandler('funding', respond.serverError));
    renderWithProviders(<App />);
    const funding = screen.getByRole('region', { name: 'Funding breakdown' });
    expect(await within(funding).findByRole('alert')).toHaveTextContent('could not be shown');
    for (const name of ['Ranking trends', 'Start-up growth', 'Fintech']) {
      const region = screen.getByRole('region', { name });
      expect(await within(region).findByTestId('takeaway')).toBeInTheDocument();
      expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
    }
  });

  it('shows the headline figures with their sources', async () => {
    renderWithProviders(<App />);
    const strip = screen.getByRole('region', { name: 'Headline figures' });
    const startups = await within(strip).findByText('3,360');
    const card = startups.closest('li')!;
    expect(card).toHaveTextContent('+6%');
    expect(within(card).getByRole('tooltip', { hidden: true })).toHaveTextContent(
      'In 2020, the number of start-ups in Hong Kong grew by 6% to 3,360',
    );
    expect(within(strip).getByText('×3.4')).toBeInTheDocument();
    expect(within(strip).getByText('≈HK$22.4 billion')).toBeInTheDocument();
    expect(within(strip).getByText('#2')).toBeInTheDocument();
  });

  it('shows the data date in the header and lists every source in About the data', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    expect(await screen.findByTestId('as-of')).toHaveTextContent('Data as of 2025');
    await user.click(screen.getByRole('link', { name: 'About the data' }));
    const about = await screen.findByRole('article', { name: 'About the data' });
    expect(
      await within(about).findAllByText(/Innovation and Technology Industry in Hong Kong/),
    ).not.toHaveLength(0);
    expect(within(about).getAllByText(/secondary report/).length).toBeGreaterThan(3);
    window.location.hash = '';
  });
});

describe('a panel that throws while rendering', () => {
  it('is caught by its own error boundary and offers Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let shouldThrow = true;
    const exploding = definePanel({
      id: 'rankings',
      title: () => 'Exploding panel',
      datasets: ['rankings'],
      filters: [],
      useData: useRankings,
      build: () => {
        if (shouldThrow) throw new Error('boom');
        return {
          takeaway: 'Recovered',
          chartLabel: 'chart',
          chart: null,
          tables: [],
          context: [],
          sources: [],
          notes: [],
        };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<PanelFrame panel={exploding} />);
    const region = screen.getByRole('region', { name: 'Exploding panel' });
    expect(await within(region).findByRole('alert')).toHaveTextContent('Something went wrong');
    shouldThrow = false;
    await user.click(within(region).getByRole('button', { name: 'Retry' }));
    expect(await within(region).findByText('Recovered')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
