import { chromiumPath } from '../../scripts/lib/browser.mjs';

/** Resolves (and for @sparticuz/chromium, unpacks) the browser once, before any worker starts. */
export default async function globalSetup() {
  process.env.CHROME_PATH = await chromiumPath();
}
