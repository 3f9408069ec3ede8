import { describe, expect, it } from 'vitest';
import { datasetFixture } from '../../../mock-data/fixtures';
import { datasetSchema } from '@/data/schema';
import { loadViewState } from '@/lib/view-state';
import {
  comparisonSeries,
  filterRankings,
  selectRankings,
  standingAmongChosen,
} from './select-rankings';

const data = selectRankings(datasetSchema.parse(datasetFixture('rankings')));
const row = (year: number) => data.rows.find((r) => r.year === year)!;

describe('Hong Kong beside its peers', () => {
  it("keeps Hong Kong's own ranks apart from the peers' of the same year", () => {
    expect(row(2024).ranks.gii).toMatchObject({ rank: 18, outOf: 133 });
    expect(row(2024).peers.singapore?.gii).toMatchObject({ rank: 4, outOf: 133 });
    expect(row(2024).peers.switzerland?.gii).toMatchObject({ rank: 1 });
  });

  it('leaves a peer year without a cited rank as a gap', () => {
    expect(row(2017).peers.singapore?.gii).toBeNull();
    expect(row(2015).peers.switzerland?.gii).toBeNull();
    expect(row(2016).ranks['imd-digital']).toBeNull();
  });

  it('gives a renderer Hong Kong first and emphasised, then each chosen peer muted', () => {
    const lines = comparisonSeries(data, ['singapore', 'switzerland'], 'Hong Kong');
    expect(lines.map((l) => [l.key, l.emphasis])).toEqual([
      ['gii', 'primary'],
      ['gii@singapore', 'peer'],
      ['gii@switzerland', 'peer'],
      ['imd-digital', 'primary'],
      ['imd-digital@singapore', 'peer'],
      ['imd-digital@switzerland', 'peer'],
    ]);
    expect(lines[1]!.point(row(2016))).toMatchObject({ rank: 6, outOf: 128 });
    expect(comparisonSeries(data, [], 'Hong Kong').every((l) => l.emphasis === 'primary')).toBe(
      true,
    );
  });

  it('says where Hong Kong stands among those chosen, in the latest year they share', () => {
    const gii = comparisonSeries(data, ['singapore', 'mainland-china'], 'Hong Kong').filter(
      (l) => l.index === 'gii',
    );
    // 2025: Singapore 5, Mainland China 10, Hong Kong 15.
    expect(standingAmongChosen(data.rows, gii)).toEqual({
      year: 2025,
      index: 'gii',
      position: 3,
      count: 3,
    });
    const window = filterRankings(data, { from: 2016, to: 2016, index: ['gii'] })!;
    const lines = comparisonSeries(window, ['mainland-china'], 'Hong Kong');
    // 2016: Hong Kong 14, Mainland China 25.
    expect(standingAmongChosen(window.rows, lines)).toMatchObject({ position: 1, count: 2 });
  });

  it('reads the choice from the address, ignoring what it does not know', () => {
    expect(loadViewState('?compare=switzerland,singapore,atlantis').compare).toEqual([
      'singapore',
      'switzerland',
    ]);
    expect(loadViewState('?compare=').compare).toEqual([]);
    expect(loadViewState('').compare).toEqual([]);
  });
});
