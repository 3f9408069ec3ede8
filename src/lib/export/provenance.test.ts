import { describe, expect, it } from 'vitest';
import { qrCode, QR_MAX_LENGTH, shortAddress, viewAddress } from './provenance';

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

describe('qrCode', () => {
  it('draws the full address as one path of dark modules', async () => {
    const qr = await qrCode('https://www.example.org/?from=2018#startups');
    expect(qr?.size).toBeGreaterThanOrEqual(21 + 4);
    expect(qr?.path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(qr?.dark.length).toBeGreaterThan(100);
  });

  it('gives none for an address too long for any QR code, rather than failing', async () => {
    expect(await qrCode(`https://example.org/?q=${'x'.repeat(QR_MAX_LENGTH)}`)).toBeNull();
    expect(await qrCode(`https://example.org/?q=${'x'.repeat(2000)}`)).not.toBeNull();
  });
});

describe('shortAddress', () => {
  it('shortens http and https alike', () => {
    expect(shortAddress('https://www.example.org/?from=2018#startups')).toBe(
      'example.org/?from=2018#startups',
    );
    expect(shortAddress('http://localhost:4173/?a=1')).toBe('localhost:4173/?a=1');
  });
});
