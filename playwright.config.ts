import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser';

// E2E_PORT lets a second checkout run its suite beside this one; 4173 is Vite's preview port.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // The production bundle is large and CI machines have two cores: give each page time to draw.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    // The production build's service worker would answer requests before page.route() sees them;
    // only the offline spec turns it on.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } },
    },
  ],
  webServer: {
    // `npm test` builds before the e2e step; build here only when dist/ is missing.
    command: `test -d dist || (node_modules/.bin/vite build && node_modules/.bin/tsx scripts/prerender.ts); node_modules/.bin/vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
