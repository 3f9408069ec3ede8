import { describe, expect, it } from 'vitest';
import { dotAt, type DrawnDot } from './dot-pointer';

const dot = (cx: number, cy: number, labelWidth = 0): DrawnDot => ({
  cx,
  cy,
  target: { x: cx - 7, y: cy - 7, width: 14 + labelWidth, height: 14 },
});

describe('dotAt', () => {
  const dots = [dot(100, 50, 20), dot(130, 50), dot(100, 90)];

  it('picks the dot whose marker or label is under the pointer', () => {
    expect(dotAt(dots, 101, 49, 20)).toBe(0);
    expect(dotAt(dots, 125, 50, 20)).toBe(0); // on its label, though the next marker is nearer
    expect(dotAt(dots, 100, 92, 20)).toBe(2);
  });

  it('falls back to the nearest dot within reach, and to none beyond it', () => {
    expect(dotAt(dots, 100, 75, 20)).toBe(2);
    expect(dotAt(dots, 300, 300, 20)).toBe(-1);
    expect(dotAt([], 0, 0, 20)).toBe(-1);
  });
});
