import { describe, expect, it } from 'vitest';
import { spacedYears } from './year-ticks';

const years = Array.from({ length: 16 }, (_, i) => 2010 + i);

describe('spacedYears', () => {
  it('labels every year when they fit', () => {
    expect(spacedYears(years, 900, 14)).toEqual(years);
  });

  it('labels every n-th year on a narrow chart, always keeping the latest', () => {
    const picked = spacedYears(years, 200, 14);
    expect(picked.at(-1)).toBe(2025);
    expect(picked.length).toBeLessThanOrEqual(Math.floor(200 / (14 * 3.4)));
    expect(picked).toEqual([2013, 2017, 2021, 2025]);
  });

  it('needs more room for bigger type (slides)', () => {
    expect(spacedYears(years, 900, 28).length).toBeLessThan(spacedYears(years, 900, 14).length);
  });

  it('labels at least the latest year on the narrowest chart', () => {
    expect(spacedYears(years, 10, 14)).toEqual([2025]);
  });
});
