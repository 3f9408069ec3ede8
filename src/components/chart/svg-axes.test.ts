import { describe, expect, it } from 'vitest';
import { brokenLine } from './svg-axes';
import { nearestColumn } from './use-column-pointer';

describe('brokenLine', () => {
  it('draws through the points and breaks where one is missing', () => {
    expect(brokenLine([{ x: 0, y: 5 }, { x: 1, y: 6 }, null, { x: 3, y: 2 }, { x: 4, y: 1 }])).toBe(
      'M0,5L1,6M3,2L4,1',
    );
    expect(brokenLine([null, null])).toBe('');
  });
});

describe('nearestColumn', () => {
  it('picks the column nearest the pointer, and none when there are no columns', () => {
    expect(nearestColumn([10, 50, 90], 28)).toBe(0);
    expect(nearestColumn([10, 50, 90], 31)).toBe(1);
    expect(nearestColumn([10, 50, 90], 500)).toBe(2);
    expect(nearestColumn([], 5)).toBe(-1);
  });
});
