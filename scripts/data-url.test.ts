import { describe, expect, it } from 'vitest';
import { checkDataUrl, dataOrigin } from './data-url';
import { contentSecurityPolicy } from './csp';

describe('VITE_DATA_URL', () => {
  it('accepts same-origin paths and https URLs', () => {
    for (const ok of [undefined, '', '/data/', '/hk/data', 'https://data.example.org/hk/']) {
      expect(() => checkDataUrl(ok), String(ok)).not.toThrow();
    }
  });

  it('refuses http, protocol-relative and other schemes with a clear message', () => {
    for (const bad of [
      'http://data.example.org/',
      '//evil.example/',
      'javascript:alert(1)',
      'data/',
      'ftp://x/',
    ]) {
      expect(() => checkDataUrl(bad), bad).toThrow(/VITE_DATA_URL must be a same-origin path/);
    }
  });

  it('allows the data origin, and nothing else, in connect-src', () => {
    const policy = contentSecurityPolicy(dataOrigin('https://data.example.org/hk/'));
    expect(policy).toContain("connect-src 'self' https://data.example.org;");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toMatch(/unsafe-eval/);
  });
});
