import { describe, expect, it } from 'vitest';
import type { Observation } from '@/data/schema';
import { dotPoints } from './dot-points';
import type { UniversitiesData } from './select-universities';

/** A subject row per entry, each university ranked at the given places. */
function data(rows: Record<string, number[]>): UniversitiesData {
  const universities = Array.from({ length: 20 }, (_, i) => ({ id: `u${i}`, label: `U ${i}` }));
  return {
    year: 2021,
    subjects: Object.keys(rows).map((id) => ({ id, label: id })),
    universities,
    placings: Object.entries(rows).flatMap(([subject, ranks]) =>
      ranks.map((rank, i) => ({
        subject,
        university: `u${i}`,
        rank,
        observation: {} as Observation,
      })),
    ),
    sources: [],
    notes: [],
  };
}

describe('dotPoints', () => {
  it('labels a row whose dots fit in a few lanes, with its university and subject', () => {
    const points = dotPoints(data({ maths: [36, 37, 53, 86] }));
    expect(points.map((p) => [p.x, p.labelled])).toEqual([
      [36, true],
      [37, true],
      [53, true],
      [86, true],
    ]);
    expect(points[1]).toMatchObject({ universityLabel: 'U 1', subjectLabel: 'maths' });
    // Two lanes, 36 and 37 in different ones, centred on the row.
    expect(points[0]?.y).toBe(-0.25);
    expect(points[1]?.y).toBe(0.25);
  });

  it('leaves out the labels of a row too crowded for them, and only that row', () => {
    const crowded = [1, 2, 3, 4, 5, 6];
    const points = dotPoints(data({ crowded, sparse: [10, 50] }));
    expect(points.filter((p) => p.subjectLabel === 'crowded').every((p) => !p.labelled)).toBe(true);
    expect(points.filter((p) => p.subjectLabel === 'sparse').every((p) => p.labelled)).toBe(true);
  });
});
