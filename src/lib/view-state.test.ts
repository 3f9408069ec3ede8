import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  inYearWindow,
  loadViewState,
  serializeViewState,
  yearWindow,
} from './view-state';

describe('view state in the URL', () => {
  it('round-trips a full view', () => {
    const view = {
      ...DEFAULT_VIEW,
      from: 2018,
      to: 2020,
      area: 'fintech' as const,
      index: ['gii' as const],
      metric: 'percentile' as const,
      sector: 'biotechnology',
      subject: 'medicine',
      university: 'hku',
      count: 'projects' as const,
    };
    const query = serializeViewState(view);
    expect(query).toBe(
      '?from=2018&to=2020&area=fintech&index=gii&metric=percentile&sector=biotechnology&subject=medicine&university=hku&count=projects',
    );
    expect(loadViewState(query)).toEqual(view);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(
      serializeViewState({ ...DEFAULT_VIEW, index: ['gii', 'imd-digital'], metric: 'rank' }),
    ).toBe('');
  });

  it('falls back to defaults for invalid values without throwing', () => {
    const view = loadViewState(
      '?from=20x8&to=99999&area=space&index=foo,bar&metric=best&sector=%3Cscript%3E&subject=' +
        'a'.repeat(200) +
        '&university=HKU&count=all&unknown=1',
    );
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it('keeps the valid indices of a partly valid list, in a stable order', () => {
    expect(loadViewState('?index=imd-digital,nope,gii,gii').index).toEqual(['gii', 'imd-digital']);
  });

  it('orders a reversed year range', () => {
    const view = loadViewState('?from=2020&to=2017');
    expect(yearWindow(view)).toEqual({ from: 2017, to: 2020 });
    expect(inYearWindow(2018, view)).toBe(true);
    expect(inYearWindow(2021, view)).toBe(false);
    expect(inYearWindow(undefined, view)).toBe(true);
  });
});
