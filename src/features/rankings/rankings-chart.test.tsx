import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { PanelFrame } from '@/components/panel/panel-frame';
import { setViewState } from '@/lib/view-state';
import { rankingsPanel } from './rankings-panel';

const region = () => screen.getByRole('region', { name: 'Ranking trends' });

afterEach(() => window.history.replaceState(null, '', '/'));

/** The chart's own svg once drawn (the chart code loads lazily). */
async function chartSvg(): Promise<SVGElement> {
  await within(region()).findByTestId('takeaway');
  return waitFor(() => {
    const svg = within(region())
      .getByRole('figure')
      .querySelector<SVGElement>('svg[data-chart-svg]');
    if (!svg) throw new Error('the chart is not drawn yet');
    return svg;
  });
}

describe('rankings chart', () => {
  it('draws a line and the markers per index, and labels the points with their ranks', async () => {
    renderWithProviders(<PanelFrame panel={rankingsPanel} />);
    const svg = await chartSvg();
    expect(svg.querySelectorAll('[data-series="gii"] path')).toHaveLength(2);
    expect(svg.querySelectorAll('[data-series="imd-digital"] path')).toHaveLength(2);
    const labels = [...svg.querySelectorAll('.chart-point-labels text')].map((t) => t.textContent);
    expect(labels).toContain('15 / 139');
    expect(labels).toContain('4 / 69');
    const years = [...svg.querySelectorAll('.chart-year-axis text')].map((t) => t.textContent);
    expect(years.at(-1)).toMatch(/25$/);
  });

  it('steps through the years with the arrow keys, naming each index’s rank there', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PanelFrame panel={rankingsPanel} />);
    const svg = await chartSvg();
    const figure = within(region()).getByRole('figure');
    svg.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(figure).getByRole('status')).toHaveTextContent(
      /^2013\s*Global Innovation Index: 7 \/ 142$/,
    );
    await user.keyboard('{ArrowLeft}');
    expect(within(figure).getByRole('status')).toHaveTextContent(
      /^2025\s*Global Innovation Index: 15 \/ 139\s*IMD World Digital Competitiveness Ranking: 4 \/ 69$/,
    );
    await user.keyboard('{Escape}');
    expect(within(figure).queryByRole('status')).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(figure).getByRole('status')).toHaveTextContent(/^2013/);
    // A filter redraws the chart from 2014: the tooltip closes instead of naming 2014, which now
    // stands where 2013 stood.
    await act(() => setViewState({ from: 2014 }));
    await waitFor(() => expect(within(figure).queryByRole('status')).not.toBeInTheDocument());
  });
});
