// The Chromium the browser suite and `npm run bench` drive. Plain JS so the scripts run
// with plain node; the tests import it from here (scripts never import tests).
// Hand-written: where this machine's Chromium is (CHROME_PATH, system, @sparticuz/chromium) is our
// own lookup order.
import fs from 'node:fs';

/**
 * CHROME_PATH if set, then a system Chromium or Chrome, then the one the @sparticuz/chromium
 * npm package ships (so a fresh clone needs no install).
 */
export async function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = system.find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

/** Flags that keep Chromium off the network and quiet on this machine. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
