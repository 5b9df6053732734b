import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs } from './scripts/lib/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
// Tests tagged @device depend on what the site recognises from the device (its user agent), so
// each phone runs them; tests tagged @small-screen depend on a phone-sized screen (layout,
// scrolling), which one phone stands for. Everything else behaves the same on any device.
const onEachPhone = /@device/;
const onOnePhone = /@device|@small-screen/;

export default defineConfig({
  testDir: './tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // A test that runs axe on several pages takes about 10 s on a quiet 2-core machine and over
  // 30 s (Playwright's default limit) when other builds share the cores; it times out, not fails.
  timeout: 60_000,
  // Two, one a core. The animation tests wait on events, not a sampling window, and the race
  // that once failed the failed-script tests is fixed in the head script; a third worker was
  // still no quicker on a quiet 2-core machine (3:29 against 3:18 for the whole suite).
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      // Read when each worker launches, after global setup has resolved it.
      get executablePath() {
        return process.env.CHROME_PATH;
      },
      args: chromiumArgs,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    {
      name: 'iphone',
      grep: onEachPhone,
      use: { ...devices['iPhone 13'], browserName: 'chromium', defaultBrowserType: 'chromium' },
    },
    { name: 'pixel', grep: onOnePhone, use: { ...devices['Pixel 7'] } },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
