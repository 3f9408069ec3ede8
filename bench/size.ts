import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './config';

/**
 * What the first screen downloads (everything dist/index.html references, what its module script
 * imports with `import()` on every load, and anything those chunks import statically) and what
 * each lazy chunk adds when its feature is first used.
 * Sizes are bytes: raw, gzip level 9 and brotli quality 11, as a static host would serve them.
 */

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Totals {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface LazyEntry {
  /** The chunk named in an `import()`. */
  entry: string;
  /** That chunk and its static imports not already in the first load (shared ones included). */
  files: string[];
  adds: Totals;
}

export interface SizeReport {
  firstLoad: { js: FileSize[]; css: FileSize[]; jsTotal: Totals; cssTotal: Totals };
  /** Files the first load reaches through static imports without index.html naming them. */
  unreferencedStaticImports: string[];
  lazy: { chunks: FileSize[]; entries: LazyEntry[]; total: Totals };
  /** Service worker files: fetched after load by the registration, not by the page. */
  serviceWorker: FileSize[];
}

export function measure(file: string): FileSize {
  const bytes = fs.readFileSync(path.join(DIST, file));
  return {
    file,
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

export function sum(sizes: readonly FileSize[]): Totals {
  return sizes.reduce(
    (t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

/** `/assets/x.js` or `./assets/x.js` as a path relative to dist/. */
const distPath = (href: string) => href.replace(/^\.?\//, '').split(/[?#]/)[0] ?? href;

/** The files index.html asks for: the module script, module preloads and stylesheets. */
export function referencedByHtml(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const src = tag.toLowerCase().startsWith('<script') ? attr('src') : attr('href');
    if (!src || /^(https?:)?\/\//.test(src)) continue;
    const rel = attr('rel')?.toLowerCase();
    if (tag.toLowerCase().startsWith('<script') || rel === 'modulepreload' || rel === 'stylesheet')
      files.push(distPath(src));
  }
  return [...new Set(files)];
}

/**
 * Relative imports in a minified chunk, split into static and dynamic (`import()`). Scripts the
 * chunk names with `new URL(…, import.meta.url)` (a worker) count as static: they are fetched
 * whenever the chunk runs, not on demand.
 */
export function importsOf(file: string): { static: string[]; dynamic: string[] } {
  if (!file.endsWith('.js')) return { static: [], dynamic: [] };
  const code = fs.readFileSync(path.join(DIST, file), 'utf8');
  const dir = path.posix.dirname(file);
  const resolve = (spec: string) =>
    spec.startsWith('/') ? distPath(spec) : path.posix.normalize(path.posix.join(dir, spec));
  const staticRe = /(?:\bfrom|\bimport)\s*["'`](\.\.?\/[^"'`]+)["'`]/g;
  const dynamicRe = /\bimport\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g;
  const scriptUrlRe =
    /\bnew URL\(\s*["'`]((?:\.\.?)?\/[^"'`]+\.js)["'`]\s*,[^)]*import\.meta\.url\s*\)/g;
  return {
    static: [...code.matchAll(staticRe), ...code.matchAll(scriptUrlRe)].map((m) =>
      resolve(m[1] ?? ''),
    ),
    dynamic: [...code.matchAll(dynamicRe)].map((m) => resolve(m[1] ?? '')),
  };
}

function staticClosure(start: readonly string[], known: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file) || known.has(file) || !fs.existsSync(path.join(DIST, file))) continue;
    seen.add(file);
    queue.push(...importsOf(file).static);
  }
  return [...seen];
}

const listAssets = () =>
  fs
    .readdirSync(path.join(DIST, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`)
    .sort();

export function measureSizes(): SizeReport {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const referenced = referencedByHtml(html);
  // src/main.tsx imports the app itself with `import()` once the page has painted: that happens on
  // every load, so the app and its static imports count as first-load JS.
  const entryImports = referenced.flatMap((file) => importsOf(file).dynamic);
  const firstFiles = staticClosure([...referenced, ...entryImports]);
  const firstSet = new Set(firstFiles);
  const js = firstFiles.filter((f) => f.endsWith('.js')).map(measure);
  const css = firstFiles.filter((f) => f.endsWith('.css')).map(measure);

  const lazyFiles = listAssets().filter((f) => !firstSet.has(f));
  const lazyChunks = lazyFiles.map(measure);
  const bySize = new Map(lazyChunks.map((s) => [s.file, s]));
  const dynamicTargets = [
    ...new Set([...firstFiles, ...lazyFiles].flatMap((f) => importsOf(f).dynamic)),
  ].filter((f) => !firstSet.has(f));
  const entries = dynamicTargets
    .map((entry) => {
      const files = staticClosure([entry], firstSet);
      return { entry, files, adds: sum(files.flatMap((f) => bySize.get(f) ?? [])) };
    })
    .sort((a, b) => b.adds.gzip - a.adds.gzip);

  const serviceWorker = fs
    .readdirSync(DIST)
    .filter((f) => /^(sw|workbox-.*)\.js$/.test(f))
    .map(measure);

  return {
    firstLoad: { js, css, jsTotal: sum(js), cssTotal: sum(css) },
    unreferencedStaticImports: firstFiles.filter((f) => !referenced.includes(f)),
    lazy: { chunks: lazyChunks, entries, total: sum(lazyChunks) },
    serviceWorker,
  };
}
