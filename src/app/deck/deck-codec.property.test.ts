import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadViewState } from '@/lib/view-state';
import { decodeDeck, deckFromFile, encodeDeck } from './deck-codec';
import { deckSchema } from './deck-schema';

const b64 = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** JSON that looks like a deck and is not: wrong types, prototypes, huge and nested values. */
const hostileJson = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record({
      i: fc.oneof(fc.string(), fc.integer()),
      n: fc.oneof(fc.string(), fc.constant('<script>alert(1)</script>')),
      s: fc.array(
        fc.record({
          p: fc.oneof(fc.constantFrom('rankings', '__proto__', 'constructor'), fc.string()),
          f: fc.string(),
          h: fc.array(fc.oneof(fc.string(), fc.integer(), fc.double())),
          d: fc.oneof(fc.integer(), fc.double()),
        }),
        { maxLength: 80 },
      ),
    })
    .map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '{"__proto__":{"polluted":1}}',
    '[[[[[[[[[[]]]]]]]]]]',
    '{"i":"a","n":"b","s":{}}',
  ),
);

const hostileParam = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  hostileJson.map((json) => `1.${b64(json)}`),
  hostileJson.map((json) => `${fc.sample(fc.nat(), 1)[0]}.${b64(json)}`),
  fc.constant(`1.${'A'.repeat(20_000)}`),
);

describe('deck= and slide= against hostile input', () => {
  it('never throws, and returns either a schema-valid deck or a reason', () => {
    fc.assert(
      fc.property(hostileParam, (param) => {
        const result = decodeDeck(param);
        if (result.ok) expect(deckSchema().safeParse(result.deck).success).toBe(true);
        else expect(['broken', 'too-new', 'too-large']).toContain(result.problem);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('a .json file of anything never throws', () => {
    fc.assert(
      fc.property(hostileJson, (text) => {
        expect(typeof deckFromFile(text).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('slide= is a whole number from 1 to 999 or the first slide, whatever the link says', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String)),
        fc.string(),
        (slide, deck) => {
          const view = loadViewState(
            `?slide=${encodeURIComponent(slide)}&deck=${encodeURIComponent(deck)}`,
          );
          expect(Number.isInteger(view.slide)).toBe(true);
          expect(view.slide).toBeGreaterThanOrEqual(1);
          expect(view.slide).toBeLessThanOrEqual(999);
          if (view.deck !== null) expect(view.deck).toMatch(/^\d+\.[A-Za-z0-9_-]+$/);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a valid encoded deck survives any junk added around it in the address', () => {
    const param = encodeDeck({ version: 1, id: 'a1', name: 'x', slides: [] });
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const view = loadViewState(`?${encodeURIComponent(junk)}=1&deck=${param}`);
        expect(view.deck).toBe(param);
      }),
      { numRuns: 500 },
    );
  });
});
