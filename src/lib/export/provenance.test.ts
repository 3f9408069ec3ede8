import { describe, expect, it } from 'vitest';
import { provenanceFooter, shortAddress, viewAddress } from './provenance';

describe('viewAddress', () => {
  it('keeps the filters, names a non-English language and the panel', () => {
    expect(
      viewAddress({
        page: 'https://example.org/',
        search: '?from=2018&to=2020&present=1',
        language: 'zh-Hant',
        panelId: 'startups',
      }),
    ).toBe('https://example.org/?from=2018&to=2020&lang=zh-Hant#startups');
  });

  it('leaves English and an empty query out', () => {
    expect(viewAddress({ page: 'https://example.org/', search: '?lang=en', language: 'en' })).toBe(
      'https://example.org/',
    );
  });
});

describe('provenanceFooter', () => {
  it('gives a short address to read and a QR code drawing the full one', async () => {
    const footer = await provenanceFooter('https://www.example.org/?from=2018#startups');
    expect(footer.short).toBe('example.org/?from=2018#startups');
    expect(footer.qr.size).toBeGreaterThanOrEqual(21 + 4);
    expect(footer.qr.path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(footer.qr.dark.length).toBeGreaterThan(100);
  });

  it('shortens http and https alike', () => {
    expect(shortAddress('http://localhost:4173/?a=1')).toBe('localhost:4173/?a=1');
  });
});
