import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (or CHROME_PATH) when present, since Playwright cannot download its own
 * browser on the CI machines; otherwise Playwright's own, as on a laptop after
 * `npx playwright install chromium`. The flags keep Chromium off the (closed) network.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system Chromium's path, or undefined to let Playwright use its own. */
export function chromiumExecutable(): string | undefined {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return fs.existsSync(chromePath) ? chromePath : undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
