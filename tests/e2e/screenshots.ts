import type { Locator } from '@playwright/test';

/**
 * Saves a picture for people to look at (test-artifacts/, not committed) when SCREENSHOTS is
 * set: nothing asserts on it, and writing dozens of PNGs took a tenth of the browser suite.
 */
export async function saveScreenshot(target: Locator, path: string): Promise<void> {
  if (process.env.SCREENSHOTS) await target.screenshot({ path });
}
