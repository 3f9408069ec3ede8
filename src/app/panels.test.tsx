import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { server } from '@/testing/setup-tests';
import { renderWithProviders } from '@/testing/render';
import { PanelFrame } from '@/components/panel/panel-frame';
import { datasetFixture } from '../../mock-data/fixtures';
import { datasetHandler, respond } from '../../mock-data/handlers';
import { PANELS, type PanelId } from './panel-registry';

/** What a user should see in each panel with the canonical data. */
const EXPECTED: Record<
  PanelId,
  { title: string; takeaway: RegExp; cells: Array<[row: string, text: string]>; breakField: string }
> = {
  rankings: {
    title: 'Ranking trends',
    takeaway: /Global Innovation Index: down from #7 in 2013 to #15 in 2025/,
    cells: [
      ['2020', '11 / 131'],
      ['2020', '5 / 63'],
      ['2017', '16 / 127'],
      ['2024', '18 / 133'],
      ['2016', 'no figure'],
    ],
    breakField: 'observations[0].value',
  },
  startups: {
    title: 'Start-up growth',
    takeaway: /Start-ups grew from 1,558 in 2015 to 5,221 in 2025 \(×3\.4, derived\)/,
    cells: [
      ['2020', '3,360'],
      ['2020', '10,000+'],
      ['2017', 'no figure'],
      ['2016', '+23.6%'],
    ],
    breakField: 'observations[0].value',
  },
  fintech: {
    title: 'Fintech',
    takeaway:
      /grew ×3\.4 \(derived: 468 ÷ 138\) from 138 in 2016 to 468 in 2020; latest figure: 600\+ in 2024/,
    cells: [
      ['2016', '138'],
      ['2020', '468'],
      ['2024', '600+'],
    ],
    breakField: 'observations[0].value',
  },
  funding: {
    title: 'Funding breakdown',
    takeaway:
      /19,008 projects with ≈HK\$22.4 billion approved; Foundation industries is the largest named sector at 17%/,
    cells: [
      ['Foundation industries', '17%'],
      ['Foundation industries', '≈3,231'],
      ['Other sectors', '44.3% (derived)'],
      ['Government allocation to I&T in the past three years', 'HK$100 billion+'],
    ],
    breakField: 'observations[0].value',
  },
  universities: {
    title: 'University strengths',
    takeaway:
      /HKUST is 20th in the world for Electrical & Electronic Engineering; 23 top-100 placings across 7 subjects/,
    cells: [
      ['Electrical & Electronic Engineering', '20'],
      ['Computer Science & Information Systems', '31'],
      ['Physics & Astronomy', '99'],
      ['Medicine', '–'],
    ],
    breakField: 'observations[0].value',
  },
  rnd: {
    title: 'R&D spending',
    takeaway: /R&D spending rose from 0\.76% of GDP in 2015 to 1\.13% in 2024/,
    cells: [
      ['2019', '0.92%'],
      ['2017', '0.8%'],
      ['2021', 'no figure'],
      ['Target R&D expenditure as % of GDP', '1.5%'],
    ],
    breakField: 'observations[0].value',
  },
  infrastructure: {
    title: 'Infrastructure and facilities',
    takeaway: /×5\.2 the other 3 projects combined \(≈231,000 m², derived\)/,
    cells: [
      ['Science Park Expansion Programme, Phase 2', '≈28,000 m²'],
      ['Advanced Manufacturing Centre and Microelectronics Centre', '140,000+ m²'],
      ['Technology companies in the Hong Kong Science Park', '890+'],
      ['State Key Laboratories in Hong Kong', '16'],
    ],
    breakField: 'observations[0].value',
  },
  talent: {
    title: 'Talent',
    takeaway:
      /R&D positions funded by the Research Talent Hub: 3,700\+, the largest of 3 programmes and ×5\.3 the smallest \(≈700, derived\)/,
    cells: [
      ['R&D positions funded by the Research Talent Hub', '3,700+'],
      ['I&T places under the Greater Bay Area Youth Employment Scheme', '≈700'],
      ['Start-ups founded by non-locals', '≈26%'],
    ],
    breakField: 'observations[0].value',
  },
  biotech: {
    title: 'Biotech and capital markets',
    takeaway:
      /Pre-revenue companies made up 14 of 23 healthcare listings in 2020 \(61%\) and raised HK\$40 billion of HK\$98 billion \(41%\)/,
    cells: [
      ['Healthcare companies listed in Hong Kong', 'HK$98 billion'],
      ['Pre-revenue companies listed under the new regime', '14'],
      ['Other healthcare companies', 'HK$58 billion (derived)'],
    ],
    breakField: 'observations[0].value',
  },
};

describe.each(PANELS.map((panel) => [panel.id, panel] as const))('%s panel', (id, panel) => {
  const expected = EXPECTED[id];
  const region = () => screen.getByRole('region', { name: expected.title });

  it('shows a loading skeleton, then the takeaway computed from the data', async () => {
    server.use(
      http.get(`*/data/${id}.json`, async () => {
        await delay(150);
        return HttpResponse.json(datasetFixture(id));
      }),
    );
    renderWithProviders(<PanelFrame panel={panel} />);
    expect(within(region()).getByTestId('panel-loading')).toBeInTheDocument();
    expect(await within(region()).findByText(expected.takeaway)).toBeInTheDocument();
    expect(within(region()).getByRole('figure')).toHaveAccessibleName(
      expect.stringContaining('chart'),
    );
    expect(within(region()).getByTestId('source-line')).toHaveTextContent('HKTDC Research');
  });

  it('shows the same numbers in its table view', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PanelFrame panel={panel} />);
    await within(region()).findByText(expected.takeaway);
    await user.click(within(region()).getByRole('button', { name: 'Table' }));
    const tables = within(region()).getAllByRole('table');
    for (const [rowName, text] of expected.cells) {
      const rows = tables.flatMap((t) =>
        within(t).queryAllByRole('row', { name: new RegExp(`^${escape(rowName)}\\b`) }),
      );
      expect(
        rows.some((r) => r.textContent?.includes(text)),
        `${rowName}: ${text}`,
      ).toBe(true);
    }
    expect(within(tables[0]!).getAllByRole('columnheader').length).toBeGreaterThan(1);
    await user.click(within(region()).getByRole('button', { name: 'Chart' }));
    expect(within(region()).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a server error in the panel, and Retry loads the data', async () => {
    const user = userEvent.setup();
    server.use(datasetHandler(id, respond.serverError));
    renderWithProviders(<PanelFrame panel={panel} />);
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent(`${expected.title} could not be shown`);
    expect(alert).toHaveTextContent(`${id}: the server answered 500`);
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(region()).findByText(expected.takeaway)).toBeInTheDocument();
  });

  it('says there is no data, with a reset, when the dataset is empty', async () => {
    server.use(datasetHandler(id, () => respond.json({ ...datasetFixture(id), observations: [] })));
    renderWithProviders(<PanelFrame panel={panel} />);
    expect(await within(region()).findByText('No data for these filters.')).toBeInTheDocument();
    expect(
      within(region()).getByRole('button', { name: "Reset this panel's filters" }),
    ).toBeInTheDocument();
    expect(within(region()).queryByRole('img')).not.toBeInTheDocument();
  });

  it('refuses malformed JSON with a message', async () => {
    server.use(datasetHandler(id, respond.malformed));
    renderWithProviders(<PanelFrame panel={panel} />);
    const alert = await within(region()).findByRole('alert');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(within(region()).queryByText(expected.takeaway)).not.toBeInTheDocument();
  });

  it('refuses data that breaks the schema, naming the dataset and the field', async () => {
    const broken = datasetFixture(id);
    broken.observations[0]!.value = -1;
    server.use(datasetHandler(id, () => respond.json(broken)));
    renderWithProviders(<PanelFrame panel={panel} />);
    const alert = await within(region()).findByRole('alert');
    expect(within(alert).getByTestId('error-detail')).toHaveTextContent(
      `${id}: ${expected.breakField}:`,
    );
    expect(within(region()).queryByRole('figure')).not.toBeInTheDocument();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
