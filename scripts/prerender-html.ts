import { createHash } from 'node:crypto';

const EMPTY_ROOT = '<div id="root"></div>';

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * index.html with the prerendered dashboard inside #root, in `language`: `<html lang>` and the
 * title follow it, and `data-prerendered` names it (public/boot.js and the app compare it with
 * the reader's). `inert`: its buttons do nothing until React takes over, so they take no clicks
 * or focus meanwhile (a click waits for the live page); `aria-hidden`: assistive technology and
 * role queries meet only the live page.
 */
export function withPrerenderedPage(
  html: string,
  snapshot: string,
  { language, title }: { language: string; title: string },
): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error('prerender: index.html has no empty #root');
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${language}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace(
      EMPTY_ROOT,
      `<div id="root"><div data-prerendered="${language}" inert aria-hidden="true">${snapshot}</div></div>`,
    );
}

const revision = (html: string) => createHash('md5').update(html).digest('hex');

/**
 * Workbox's precache list brought up to date with the prerendered pages: index.html's revision
 * replaced, and the other languages' pages (written after Workbox ran) added beside it, so each
 * opens offline too.
 */
export function withPageRevisions(serviceWorker: string, pages: Record<string, string>): string {
  const entry = /\{\s*url:\s*"index\.html",\s*revision:\s*"[0-9a-f]+"\s*\}/;
  if (!entry.test(serviceWorker)) throw new Error('prerender: sw.js has no index.html entry');
  const entries = Object.entries(pages).map(
    ([file, html]) => `{url:"${file}",revision:"${revision(html)}"}`,
  );
  return serviceWorker.replace(entry, entries.join(','));
}
