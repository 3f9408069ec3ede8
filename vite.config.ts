/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { checkDataUrl, dataOrigin } from './scripts/data-url.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { headersFile, isEmbedPath, pageHeaders } from './scripts/headers.ts';

/** The files the app requests at start: the manifest and each dataset it lists. */
function dataFiles(): string[] {
  const manifest = JSON.parse(
    readFileSync(fileURLToPath(new URL('./public/data/manifest.json', import.meta.url)), 'utf8'),
  ) as { datasets: Array<{ file: string }> };
  return ['manifest.json', ...manifest.datasets.map((dataset) => dataset.file)];
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  checkDataUrl(env.VITE_DATA_URL);
  const headers = pageHeaders(dataOrigin(env.VITE_DATA_URL));
  const metaCsp = contentSecurityPolicy(dataOrigin(env.VITE_DATA_URL), { meta: true });
  return {
    plugins: [
      react(),
      tailwindcss(),
      {
        // MSW's worker lives in public/ for the dev mock; it has no place in a production build.
        name: 'drop-msw-worker',
        apply: 'build',
        closeBundle() {
          rmSync(fileURLToPath(new URL('./dist/mockServiceWorker.js', import.meta.url)), {
            force: true,
          });
        },
      },
      // Offline meeting rooms: the production build precaches the app, the datasets and the fonts.
      // Never in development, where MSW's worker may own the page.
      VitePWA({
        registerType: 'autoUpdate',
        injectRegister: false,
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png,woff2,json}'],
          globIgnores: ['mockServiceWorker.js'],
          navigateFallback: 'index.html',
          // The embed page is a page of its own, never the dashboard's fallback.
          navigateFallbackDenylist: [/^\/embed/],
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
        },
      }),
      {
        // The datasets are requested as the HTML arrives, not once the app has loaded and run;
        // `crossorigin` makes the preload match the app's own fetch, which then reuses it.
        name: 'preload-datasets',
        apply: 'build',
        transformIndexHtml: () => {
          const base = env.VITE_DATA_URL || '/data/';
          return dataFiles().map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              crossorigin: true,
              href: `${base.endsWith('/') ? base : `${base}/`}${file}`,
            },
            injectTo: 'head' as const,
          }));
        },
      },
      {
        // The built page carries its Content-Security-Policy; hosts can also send it as a header.
        name: 'content-security-policy',
        apply: 'build',
        transformIndexHtml: () => [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: metaCsp },
            injectTo: 'head-prepend',
          },
        ],
        // A `_headers` file (Netlify, Cloudflare Pages) so static hosts send the full policy.
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: '_headers',
            source: headersFile(dataOrigin(env.VITE_DATA_URL)),
          });
        },
      },
      {
        // `vite preview` sends the same headers per page: only the embed page may be framed.
        name: 'preview-headers',
        configurePreviewServer(server) {
          server.middlewares.use((req, res, next) => {
            const page = isEmbedPath(req.url ?? '/') ? headers.embed : headers.dashboard;
            for (const [name, value] of Object.entries(page)) res.setHeader(name, value);
            next();
          });
        },
      },
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    build: {
      modulePreload: {
        // Code fetched after the first paint (the start, the live page, each chart) loads its
        // imports as the browser reads it: a <link rel=modulepreload> per import, added to the
        // large prerendered page, costs the main thread more than the round trip it saves
        // (docs/performance.md).
        resolveDependencies: (filename, deps) =>
          /(-chart-[\w-]+|live-page-[\w-]+|start-[\w-]+)\.js$/.test(filename) ? [] : deps,
      },
      rollupOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
        },
      },
    },
    preview: { port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mock-data/**/*.test.ts', 'scripts/**/*.test.ts'],
      css: false,
      // Charts render slowly in jsdom on a loaded 2-core machine; a slow test is not a failing one.
      testTimeout: 20_000,
    },
  };
});
