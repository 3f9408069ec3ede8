import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FOCUS_AREAS } from '@/data/schema';
import {
  AUTOPLAY_SECONDS,
  DEFAULT_VIEW,
  RANKING_INDICES,
  loadViewState,
  serializeViewState,
} from './view-state';
import { THEMES } from './theme';

const KEYS = [
  'from',
  'to',
  'area',
  'index',
  'metric',
  'sector',
  'subject',
  'university',
  'count',
  'theme',
  'present',
  'autoplay',
  'caption',
  'lang',
];

/** Values people and attackers put in links: junk, huge numbers, markup, encodings, long strings. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '../../etc/passwd',
    'NaN',
    '1e309',
    '-0',
    '2020,2019',
    'gii,gii,,',
    '__proto__',
    'constructor',
  ),
  fc.constant('x'.repeat(10_000)),
  fc.integer({ min: 1980, max: 2110 }).map(String),
);

const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), hostileValue), { maxLength: 20 })
  .map((pairs) =>
    pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
  );

describe('URL parser under random and hostile input', () => {
  it('never throws and always returns a valid view', () => {
    fc.assert(
      fc.property(queryString, (query) => {
        const view = loadViewState(`?${query}`);
        for (const year of [view.from, view.to]) {
          expect(year === null || (Number.isInteger(year) && year >= 1990 && year <= 2100)).toBe(
            true,
          );
        }
        expect(view.area === null || (FOCUS_AREAS as readonly string[]).includes(view.area)).toBe(
          true,
        );
        expect(view.index.length).toBeGreaterThan(0);
        expect(view.index.every((i) => (RANKING_INDICES as readonly string[]).includes(i))).toBe(
          true,
        );
        expect(['rank', 'percentile']).toContain(view.metric);
        for (const id of [view.sector, view.subject, view.university]) {
          expect(id === null || /^[a-z0-9][a-z0-9-]{0,47}$/.test(id)).toBe(true);
        }
        expect(view.theme === null || (THEMES as readonly string[]).includes(view.theme)).toBe(
          true,
        );
        expect((AUTOPLAY_SECONDS as readonly string[]).includes(view.autoplay)).toBe(true);
        expect(typeof view.present).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips whatever it accepted, and the URL it writes stays short', () => {
    fc.assert(
      fc.property(queryString, (query) => {
        const view = loadViewState(`?${query}`);
        const written = serializeViewState(view);
        expect(loadViewState(written)).toEqual(view);
        expect(written.length).toBeLessThan(400);
      }),
      { numRuns: 1000 },
    );
  });

  it('an empty query is the default view', () => {
    expect(loadViewState('')).toEqual(DEFAULT_VIEW);
  });
});
