import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };

type Options = {
  /** Console errors a test expects (for example the 404 status of a missing page). */
  allowedConsoleErrors: RegExp[];
};

/**
 * Watches a page for console errors (but the `allowed` ones), uncaught exceptions and requests
 * to any origin but `origin`; the returned function fails the test with what it saw. The suite's
 * `page` has it on already; a test that opens a page of its own (another context, another
 * server) puts it on that page.
 */
export function guardPage(page: Page, origin: string, allowed: RegExp[] = []): () => void {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!allowed.some((pattern) => pattern.test(text))) errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) {
      foreign.push(request.url());
    }
  });
  return () => {
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  };
}

/**
 * Every browser test fails on a console error, an uncaught exception, or a request to any
 * origin but the site's own.
 */
export const test = base.extend<Options & { guard: void }>({
  allowedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const check = guardPage(page, new URL(baseURL!).origin, allowedConsoleErrors);
      await use();
      check();
    },
    { auto: true },
  ],
});

/**
 * Waits until the motion layer (fetched after the load event) has rendered on a guide page: the
 * active step's highlight ring is then its animated Pulse, no longer the static stand-in, which
 * carries `opacity="0"` (components/screen/highlight-pulse.tsx). An event, not a quiet spell.
 */
export async function waitForMotionLayer(page: Page) {
  await expect(
    page.locator('[data-step-panel][data-active] [data-pulse]:not([opacity])').first(),
  ).toBeAttached();
}

/**
 * Waits until a page has finished starting: loaded, hydrated (`data-started`, set in the same
 * commit as every client leaf mounts, so any request for the motion layer has been made), and
 * the motion layer, where the page asked for it, arrived or failed (`data-motion`). Events, not
 * a quiet spell on the network.
 */
export async function waitForSettled(page: Page) {
  await page.waitForLoadState('load');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-started', '');
  await expect(html).not.toHaveAttribute('data-motion', '');
}

/** Forces a colour theme before any page script runs, as a returning visitor's choice would. */
export async function emulateTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((value) => {
    try {
      localStorage.setItem('unsend.theme', value);
    } catch {
      // storage may be disabled in the test; the theme then follows the system
    }
  }, theme);
  await page.emulateMedia({ colorScheme: theme });
}

/**
 * The axe rules whose result depends on how a page is drawn, not on its markup: the dark theme
 * changes only these (the DOM is the same page), so there axe runs just these.
 */
const renderedRules = ['color-contrast', 'scrollable-region-focusable'];

/**
 * axe-core against WCAG 2.x A/AA rules; returns nothing, fails the test with the violations.
 * Every rule in the light theme; in the dark theme, the rules a theme can change (the same
 * markup is checked in full in the light theme: the page sweep does both for every kind of page).
 */
export async function expectAccessible(page: Page) {
  const dark = await page.evaluate(
    () =>
      document.documentElement.dataset.theme === 'dark' ||
      (!document.documentElement.dataset.theme &&
        matchMedia('(prefers-color-scheme: dark)').matches),
  );
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // Violations in full; passes and the rest as one node each, which spares axe building a
    // selector for every element that passed (a fifth of the time of each check).
    .options({ resultTypes: ['violations'] });
  if (dark) builder = builder.withRules(renderedRules);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
