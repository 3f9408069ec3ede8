import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withIndexRevision, withPrerenderedRoot } from './prerender-html';

const page = '<body><div id="root"></div><script type="module" src="/a.js"></script></body>';

describe('withPrerenderedRoot', () => {
  it('puts the snapshot, inert, inside #root and keeps the scripts', () => {
    const html = withPrerenderedRoot(page, '<h1>Hong Kong</h1>');
    expect(html).toContain(
      '<div id="root"><div data-prerendered inert aria-hidden="true"><h1>Hong Kong</h1></div></div>',
    );
    expect(html).toContain('<script type="module" src="/a.js"></script>');
  });

  it('refuses a page whose #root is not empty (prerendered twice)', () => {
    expect(() => withPrerenderedRoot(withPrerenderedRoot(page, 'x'), 'y')).toThrow(/empty #root/);
  });
});

describe('withIndexRevision', () => {
  it("updates index.html's precache revision and no other", () => {
    const sw =
      'precacheAndRoute([{url:"index.html",revision:"0000"},{url:"sw.js",revision:"1111"}])';
    const md5 = createHash('md5').update('<html>new</html>').digest('hex');
    expect(withIndexRevision(sw, '<html>new</html>')).toBe(
      `precacheAndRoute([{url:"index.html",revision:"${md5}"},{url:"sw.js",revision:"1111"}])`,
    );
  });
});
