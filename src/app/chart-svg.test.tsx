import type { ReactElement } from 'react';
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../../mock-data/fixtures';
import { BiotechChart } from '@/features/biotech/biotech-chart';
import { selectBiotech } from '@/features/biotech/select-biotech';
import { FintechChart } from '@/features/fintech/fintech-chart';
import { selectFintech } from '@/features/fintech/select-fintech';
import { FundingChart } from '@/features/funding/funding-chart';
import { selectFunding } from '@/features/funding/select-funding';
import { RankingsChart } from '@/features/rankings/rankings-chart';
import { selectRankings } from '@/features/rankings/select-rankings';
import { RndChart } from '@/features/rnd/rnd-chart';
import { selectRnd } from '@/features/rnd/select-rnd';
import { StartupsChart } from '@/features/startups/startups-chart';
import { selectStartups } from '@/features/startups/select-startups';
import { UniversitiesChart } from '@/features/universities/universities-chart';
import { selectUniversities } from '@/features/universities/select-universities';
import { ChartEnvContext, screenEnv, staticEnv, type ChartEnv } from '@/components/chart/chart-env';
import type { ChartHighlight } from '@/components/chart/highlight';

/**
 * The charts drawn by the frame for fixed boxes, kept as SVG files next to this test: a change
 * to a chart's layout shows in the diff of these files, to be reviewed like code. (jsdom
 * measures no text, so the frame's estimate lays them out: the same on every machine.)
 */
const rankings = selectRankings(datasetFixture('rankings'));
const universities = selectUniversities(datasetFixture('universities'));
const funding = selectFunding(datasetFixture('funding'));
const biotech = selectBiotech(datasetFixture('biotech'));

const CHARTS: Record<string, () => ReactElement> = {
  rankings: () => <RankingsChart data={rankings} allSeries={rankings.series} metric="rank" />,
  startups: () => <StartupsChart data={selectStartups(datasetFixture('startups'))} />,
  fintech: () => <FintechChart data={selectFintech(datasetFixture('fintech'))} />,
  funding: () => <FundingChart sectors={funding.sectors} metric="share" selected={null} />,
  rnd: () => <RndChart data={selectRnd(datasetFixture('rnd'))} />,
  universities: () => (
    <UniversitiesChart
      data={universities}
      allUniversities={universities.universities}
      selected={null}
    />
  ),
  biotech: () => <BiotechChart split={biotech.split} />,
};

const SIZES: Record<string, ChartEnv> = {
  phone: screenEnv(360),
  slide: staticEnv({ width: 1180, height: 520 }, 'slide', 1.6),
};

/** The chart's drawings, with the ids React and recharts number per render made stable. */
async function drawn(ui: ReactElement, env: ChartEnv): Promise<string> {
  const { container, unmount } = render(
    <ChartEnvContext.Provider value={env}>{ui}</ChartEnvContext.Provider>,
  );
  await waitFor(() => expect(container.querySelector('svg path, svg rect')).not.toBeNull());
  const markup = [...container.querySelectorAll('svg')]
    .filter((svg) => !svg.parentElement?.closest('svg'))
    .map((svg) => svg.outerHTML)
    .join('\n');
  unmount();
  return markup
    .replace(/c_?r_?[0-9a-z]+_?-(derived|earlier)/g, 'chart-$1')
    .replace(/recharts\d+-clip/g, 'recharts-clip')
    .replace(/id="recharts[^"]*"/g, 'id="recharts"')
    .replace(/(&gt;|>)</g, '$1\n<');
}

describe('chart drawings (SVG snapshots)', () => {
  for (const [name, chart] of Object.entries(CHARTS))
    for (const [size, env] of Object.entries(SIZES))
      it(`${name} for a ${size}`, async () => {
        await expect(await drawn(chart(), env)).toMatchFileSnapshot(
          `./__snapshots__/${name}-${size}.svg`,
        );
      });
});

describe('a presenter highlight', () => {
  const slide = (highlight: ChartHighlight) =>
    staticEnv({ width: 1180, height: 520 }, 'slide', 1.6, highlight);

  it('sets a year apart on a bar chart and writes its note on the chart', async () => {
    const data = selectFintech(datasetFixture('fintech'));
    const year = data.rows.at(-1)!.year;
    const markup = await drawn(
      <FintechChart data={data} />,
      slide({ target: { kind: 'year', year }, note: 'Tripled since 2016' }),
    );
    expect(markup).toContain('Tripled since 2016');
    const faded = markup.match(/fill-opacity="0.3"/g) ?? [];
    expect(faded.length).toBe(data.rows.filter((r) => r.count).length - 1);
    expect(markup).toMatch(/recharts-reference-area/);
  });

  it('fades the other series of a line chart', async () => {
    const markup = await drawn(
      <RankingsChart data={rankings} allSeries={rankings.series} metric="rank" />,
      slide({ target: { kind: 'series', id: 'imd-digital' } }),
    );
    const faded = markup.match(/stroke-opacity="0.3"/g) ?? [];
    expect(faded.length).toBe(rankings.series.length - 1);
  });
});
