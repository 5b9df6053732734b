// The two ways `npm run bench` measures a page with Lighthouse, and what it reads from each report.
// Hand-written: these are settings (our two throttling profiles), not machinery.
import { devices } from '@playwright/test';

const pixel7 = devices['Pixel 7'];

/** The settings every run shares: nothing but what is scored, gathered as quickly as it can be. */
const common = {
  output: 'json',
  logLevel: 'error',
  // Screenshots are for reading a report, not scored; leaving them out saves seconds a run.
  skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'full-page-screenshot'],
  disableFullPageScreenshot: true,
  skipAboutBlank: true,
};

/**
 * simulated: Lighthouse's mobile defaults. The page loads unthrottled and Lighthouse computes
 * what a slow phone would have seen from the trace; on a loopback server that charges the
 * framework's scripts to the first paint, so it is pessimistic about paint times. Its scores
 * are the ones a Lighthouse report shows.
 *
 * devtools: the page really loads through DevTools throttling, as a Pixel 7 on a slow 4G
 * network would load it: 150 ms round trips, 1.6 Mbps down and 750 Kbps up, a 4× slower CPU,
 * the Pixel 7's screen and user agent. Its paint times are what such a phone sees.
 */
export const methods = {
  simulated: { ...common },
  devtools: {
    ...common,
    formFactor: 'mobile',
    throttlingMethod: 'devtools',
    throttling: {
      rttMs: 150,
      throughputKbps: 1600,
      requestLatencyMs: 150,
      downloadThroughputKbps: 1600,
      uploadThroughputKbps: 750,
      cpuSlowdownMultiplier: 4,
    },
    screenEmulation: {
      mobile: true,
      ...pixel7.viewport,
      deviceScaleFactor: pixel7.deviceScaleFactor,
      disabled: false,
    },
    emulatedUserAgent: pixel7.userAgent,
  },
};

/** The paint and responsiveness numbers a report gives, in ms (CLS unitless). */
export function metrics(lhr) {
  const value = (id) => lhr.audits[id].numericValue;
  return {
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

/** A category's score out of 100. */
export const score = (lhr, category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

/** Audits that cost a category points, for the failure message. */
export function lostPoints(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
    .map((ref) => ref.id);
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
