import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium package; `.ci/run` installs it when missing (`npx playwright install` cannot download here). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Whether the browser tests can run; with CI=true a missing browser is a failure, not a skip. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

const inCI = ['1', 'true', 'yes'].includes(String(process.env.CI ?? '').toLowerCase());

/** Whether browser tests run here: when Chromium is installed, and always in CI (where its absence fails them). */
export function browserTestsRun(): boolean {
  return chromiumAvailable() || inCI;
}

export interface HeadlessChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, no network chatter of its own, and no sandbox (containers). */
export async function launchChromium(): Promise<HeadlessChromium> {
  if (!chromiumAvailable()) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it with "apt-get install chromium" (.ci/run does)`);
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'corroborate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
