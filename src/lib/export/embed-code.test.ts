import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedUrl, iframeCode, isEmbedHeightMessage } from './embed-code';

describe('embedUrl', () => {
  it('opens the one panel with the current filters and language', () => {
    expect(
      embedUrl({
        page: 'https://example.org/dash/',
        search: '?from=2018&to=2020&present=1',
        panelId: 'startups',
        language: 'zh-Hant',
      }),
    ).toBe('https://example.org/dash/embed.html?panel=startups&from=2018&to=2020&lang=zh-Hant');
  });
});

describe('iframeCode', () => {
  it('quotes the title and address so they stay attributes', () => {
    const code = iframeCode('https://example.org/embed.html?panel=a&b=1', 'A "quoted" <title>');
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://example.org/embed.html?panel=a&b=1');
    expect(frame?.getAttribute('title')).toBe('A "quoted" <title>');
  });
});

describe('isEmbedHeightMessage', () => {
  it('accepts only our message with a finite height', () => {
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, panel: 'a', height: 400 })).toBe(
      true,
    );
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, panel: 'a', height: NaN })).toBe(
      false,
    );
    expect(isEmbedHeightMessage('hello')).toBe(false);
  });
});
