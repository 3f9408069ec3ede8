import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (or CHROME_PATH) when present, since Playwright cannot download its own
 * browser on the CI machines; otherwise Playwright's own, as on a laptop after
 * `npx playwright install chromium`. The flags keep Chromium off the (closed) network.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const executablePath = fs.existsSync(chromePath) ? chromePath : undefined;
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
