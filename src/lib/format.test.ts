import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatHkd, formatRank, formatSignedPercent } from './format';
import { growthPercent, multiple, shareToCount } from './derive';

describe('formatting (English)', () => {
  it('keeps the source qualifier visible', () => {
    expect(formatFigure({ value: 10000, qualifier: 'over' }, 'people')).toBe('10,000+');
    expect(formatFigure({ value: 26, qualifier: 'about' }, 'percent')).toBe('≈26%');
    expect(formatFigure({ value: 8_000_000, qualifier: 'up to' }, 'hkd')).toBe(
      'up to HK$8 million',
    );
  });

  it('formats ranks, money, changes and dates with Intl', () => {
    expect(formatRank(11, 131)).toBe('11 / 131');
    expect(formatRank(2)).toBe('#2');
    expect(formatHkd(22_400_000_000)).toBe('HK$22.4 billion');
    expect(formatSignedPercent(6)).toBe('+6%');
    expect(formatSignedPercent(-2.35)).toBe('-2.4%');
    expect(formatDate('2021-03-12')).toBe('12 March 2021');
    expect(formatDate('2025')).toBe('2025');
  });
});

describe('derived values', () => {
  it('computes growth only where both years exist', () => {
    expect(growthPercent(3184, 3360)).toBeCloseTo(5.53, 2);
    expect(growthPercent(undefined, 3360)).toBeNull();
  });

  it('computes multiples and counts from shares', () => {
    expect(multiple(138, 468)).toBeCloseTo(3.391, 3);
    expect(shareToCount(17, 19008)).toBe(3231);
    expect(shareToCount(44.3, 19008)).toBe(8421);
  });
});
