/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath, URL } from 'node:url';

// The data base URL must be same-origin (a path) or https: anything else would let a
// build fetch figures over plain http or from an unexpected scheme.
function checkDataUrl(value: string | undefined): void {
  if (!value) return;
  if (value.startsWith('/') && !value.startsWith('//')) return;
  if (/^https:\/\/[^/]+/.test(value)) return;
  throw new Error(
    `VITE_DATA_URL must be a same-origin path (such as /data/) or an https:// URL; got "${value}"`,
  );
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  checkDataUrl(env.VITE_DATA_URL);
  return {
    plugins: [react(), tailwindcss()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    preview: { port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mock-data/**/*.test.ts'],
      css: false,
      // Charts render slowly in jsdom on a loaded 2-core machine; a slow test is not a failing one.
      testTimeout: 20_000,
    },
  };
});
