import { describe, expect, it } from 'vitest';
import { decodeDeck, deckFromFile, deckToFile, encodeDeck } from './deck-codec';
import { DECK_VERSION, validateDeck, type Deck } from './deck-schema';

const deck: Deck = {
  version: DECK_VERSION,
  id: 'abc123',
  name: 'Board meeting 創科',
  slides: [
    {
      id: 's1',
      panel: 'rankings',
      filters: 'from=2018&to=2020&index=gii',
      view: 'chart',
      title: 'Where Hong Kong ranks',
      note: 'Stress the 2020 rise.\nThen move on.',
      highlight: { target: { kind: 'year', year: 2020 }, note: 'Best year' },
      seconds: 20,
    },
    { id: 's2', panel: 'funding', filters: 'sector=biotechnology', view: 'table' },
    {
      id: 's3',
      panel: 'startups',
      filters: '',
      view: 'chart',
      highlight: { target: { kind: 'series', id: 'startups' } },
    },
  ],
};

describe('deck= codec', () => {
  it('round-trips a deck through the address, short enough for a link', () => {
    const param = encodeDeck(deck);
    expect(param).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(param.length).toBeLessThan(600);
    expect(decodeDeck(param)).toEqual({ ok: true, deck });
  });

  it('round-trips a deck through a .json file', () => {
    expect(deckFromFile(deckToFile(deck))).toEqual({ ok: true, deck });
  });

  it('refuses a deck from a newer version, saying so', () => {
    expect(decodeDeck(`${DECK_VERSION + 1}.${encodeDeck(deck).split('.')[1]}`)).toEqual({
      ok: false,
      problem: 'too-new',
    });
    expect(deckFromFile(JSON.stringify({ ...deck, version: 7 }))).toEqual({
      ok: false,
      problem: 'too-new',
    });
  });

  it('refuses junk, truncated links and non-JSON files', () => {
    const param = encodeDeck(deck);
    for (const bad of ['', '1.', '1.!!', 'abc', param.slice(0, -7), '0.e30', `1.${btoa('[1,2]')}`])
      expect(decodeDeck(bad).ok, bad).toBe(false);
    expect(deckFromFile('not json')).toEqual({ ok: false, problem: 'broken' });
    expect(deckFromFile('x'.repeat(300_000))).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('deck schema', () => {
  it('refuses unknown panels, overlong notes, control characters and bad highlights', () => {
    const withSlide = (patch: object) => ({ ...deck, slides: [{ ...deck.slides[1], ...patch }] });
    expect(validateDeck(withSlide({ panel: 'evil' })).ok).toBe(false);
    expect(validateDeck(withSlide({ note: 'x'.repeat(2001) })).ok).toBe(false);
    expect(validateDeck(withSlide({ title: 'a\u0000b' })).ok).toBe(false);
    expect(validateDeck(withSlide({ seconds: 0 })).ok).toBe(false);
    expect(
      validateDeck(withSlide({ highlight: { target: { kind: 'year', year: 99999 } } })).ok,
    ).toBe(false);
    expect(
      validateDeck(withSlide({ highlight: { target: { kind: 'series', id: '<img>' } } })).ok,
    ).toBe(false);
    expect(validateDeck({ ...deck, slides: Array(61).fill(deck.slides[1]) }).ok).toBe(false);
  });

  it('keeps only valid filter keys in a slide, dropping junk', () => {
    const result = validateDeck({
      ...deck,
      slides: [{ ...deck.slides[1], filters: 'from=1800&theme=dark&sector=biotechnology&x=<b>' }],
    });
    expect(result.ok && result.deck.slides[0]?.filters).toBe('sector=biotechnology');
  });
});
