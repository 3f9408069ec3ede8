import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withPageRevisions, withPrerenderedPage } from './prerender-html';

const page =
  '<html lang="en"><head><title>Hong Kong</title></head><body><div id="root"></div><script type="module" src="/a.js"></script></body></html>';

describe('withPrerenderedPage', () => {
  it('puts the snapshot, inert, inside #root and keeps the scripts', () => {
    const html = withPrerenderedPage(page, '<h1>Hong Kong</h1>', { language: 'en', title: 'HK' });
    expect(html).toContain(
      '<div id="root"><div data-prerendered="en" inert aria-hidden="true"><h1>Hong Kong</h1></div></div>',
    );
    expect(html).toContain('<script type="module" src="/a.js"></script>');
  });

  it("names the page's language and title in that language", () => {
    const html = withPrerenderedPage(page, '<h1>香港</h1>', {
      language: 'zh-Hant',
      title: '香港創新<科技>',
    });
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain('<title>香港創新&lt;科技&gt;</title>');
    expect(html).toContain('data-prerendered="zh-Hant"');
  });

  it('refuses a page whose #root is not empty (prerendered twice)', () => {
    const once = withPrerenderedPage(page, 'x', { language: 'en', title: 'x' });
    expect(() => withPrerenderedPage(once, 'y', { language: 'en', title: 'y' })).toThrow(
      /empty #root/,
    );
  });
});

describe('withPageRevisions', () => {
  it("updates index.html's precache revision, adds the other pages and leaves the rest", () => {
    const sw =
      'precacheAndRoute([{url:"index.html",revision:"0000"},{url:"sw.js",revision:"1111"}])';
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    expect(
      withPageRevisions(sw, {
        'index.html': '<html>en</html>',
        'zh-hant/index.html': '<html>繁</html>',
      }),
    ).toBe(
      `precacheAndRoute([{url:"index.html",revision:"${md5('<html>en</html>')}"},{url:"zh-hant/index.html",revision:"${md5('<html>繁</html>')}"},{url:"sw.js",revision:"1111"}])`,
    );
  });
});
