import { describe, expect, it } from 'vitest';
import { captionHtml, captionText } from './rich-copy';

const words = { source: 'Source:', view: 'View online:' };

describe('captionHtml', () => {
  it('links the sources and the view under the image, and escapes every text', () => {
    const html = captionHtml(
      'data:image/png;base64,AAA',
      {
        title: 'Start-ups <img src=x onerror=alert(1)>',
        sources: [
          { text: 'InvestHK, “Startup survey”', url: 'https://www.investhk.gov.hk/' },
          { text: 'A report with no address' },
          { text: 'Bad', url: 'javascript:alert(1)' },
        ],
        address: 'https://example.org/?from=2018#startups',
      },
      words,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,AAA');
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.querySelector('strong')?.textContent).toBe('Start-ups <img src=x onerror=alert(1)>');
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      'https://www.investhk.gov.hk/',
      'https://example.org/?from=2018#startups',
    ]);
    expect(doc.body.textContent).toContain('A report with no address');
  });
});

describe('captionText', () => {
  it('names the title, the sources with their addresses and the view', () => {
    expect(
      captionText(
        {
          title: 'Fintech',
          sources: [{ text: 'InvestHK', url: 'https://investhk.gov.hk/' }],
          address: 'https://example.org/#fintech',
        },
        words,
      ),
    ).toBe(
      'Fintech\nSource: InvestHK (https://investhk.gov.hk/)\nView online: https://example.org/#fintech',
    );
  });
});
