import { describe, expect, it } from 'vitest';
import { headersFile, isEmbedPath, pageHeaders } from './headers';

describe('pageHeaders', () => {
  it('refuses frames on the dashboard and allows them only on the embed page', () => {
    const { dashboard, embed } = pageHeaders();
    expect(dashboard['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(dashboard['X-Frame-Options']).toBe('DENY');
    expect(embed['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(embed).not.toHaveProperty('X-Frame-Options');
    // Everything else stays as strict as the dashboard's.
    expect(embed['Content-Security-Policy']).toContain("script-src 'self'");
    expect(embed['Content-Security-Policy']).not.toContain('unsafe-eval');
  });
});

describe('headersFile', () => {
  it('never gives one path two policies', () => {
    const file = headersFile();
    const blocks = file.split('\n\n').filter((b) => !b.startsWith('#'));
    const paths = blocks.map((b) => b.split('\n')[0]);
    expect(paths).toEqual(['/', '/index.html', '/embed.html', '/embed']);
    expect(paths).not.toContain('/*');
    for (const b of blocks) expect(b.match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});

describe('isEmbedPath', () => {
  it('matches the embed page with any query', () => {
    expect(isEmbedPath('/embed.html?panel=startups')).toBe(true);
    expect(isEmbedPath('/')).toBe(false);
    expect(isEmbedPath('/embed.html.evil')).toBe(false);
  });
});
