import type { Page } from '@playwright/test';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { expect, test } from './fixtures';

/** Records every CSP violation the page reports, from before its first script runs. */
export async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

/** The violations recordViolations has seen so far. */
export const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** After `load` every script has run; a frame later React has hydrated the page. */
export const settled = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));

/** The policy each page carries itself: one <meta>, right after the charset, before any script. */
export async function expectPolicyMeta(page: Page, route: string) {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta, route).toHaveCount(1);
  expect(
    await page.evaluate(() => {
      const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const before = [...document.head.children].slice(
        0,
        [...document.head.children].indexOf(policy!),
      );
      return before.map((element) => element.outerHTML);
    }),
    route,
  ).toEqual(['<meta charset="utf-8">']);
  expect(await meta.getAttribute('content'), route).toMatch(/script-src 'self' 'sha256-[^;]+; /);
}

/**
 * A host that sets no headers at all (GitHub Pages, S3 website hosting): the same export from
 * scripts/lib/static-server.mjs with `headers: false`, one per worker on a free port. `bare`
 * makes it the tests' base URL (so the fixtures' same-origin guard holds for it); any test can
 * ask for its address as `bareServer`.
 */
export const withBareServer = test.extend<object, { bareServer: string }>({
  bareServer: [
    async ({}, use) => {
      const server = createStaticServer('out', { headers: false });
      await use(await listen(server, 0));
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],
});

export const bare = withBareServer.extend({
  // Named `provide`, not `use`: the React hooks lint rule reads `use` in `baseURL` as a hook.
  baseURL: async ({ bareServer }, provide) => {
    await provide(bareServer);
  },
});
