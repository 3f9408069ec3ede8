import { createHash } from 'node:crypto';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * index.html with the prerendered dashboard inside #root. `inert`: its buttons do nothing until
 * React takes over, so they take no clicks or focus meanwhile (a click waits for the live page);
 * `aria-hidden`: assistive technology and role queries meet only the live page.
 */
export function withPrerenderedRoot(html: string, snapshot: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error('prerender: index.html has no empty #root');
  return html.replace(
    EMPTY_ROOT,
    `<div id="root"><div data-prerendered inert aria-hidden="true">${snapshot}</div></div>`,
  );
}

/** Workbox's precache revision for index.html, brought up to date with the prerendered file. */
export function withIndexRevision(serviceWorker: string, html: string): string {
  const revision = createHash('md5').update(html).digest('hex');
  const entry = /(\{\s*url:\s*"index\.html",\s*revision:\s*")[0-9a-f]+(")/;
  if (!entry.test(serviceWorker)) throw new Error('prerender: sw.js has no index.html entry');
  return serviceWorker.replace(entry, `$1${revision}$2`);
}
