import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs } from './scripts/lib/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const mobileSpecs = [
  'guide.spec.ts',
  'troubleshoot-device.spec.ts',
  'checklist.spec.ts',
  'faq.spec.ts',
  'profile.spec.ts',
];

export default defineConfig({
  testDir: './tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
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
    // Desktop runs everything; the phones run the specs whose behaviour depends on the device.
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    {
      name: 'iphone',
      testMatch: mobileSpecs,
      use: { ...devices['iPhone 13'], browserName: 'chromium', defaultBrowserType: 'chromium' },
    },
    { name: 'pixel', testMatch: mobileSpecs, use: { ...devices['Pixel 7'] } },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
