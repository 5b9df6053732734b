import type { Page } from '@playwright/test';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { onePagePerKind } from './exported-pages';
import { expect, test } from './fixtures';

// The browser loads one page of each kind under each server: every page of a kind is built by
// the same components, and `npm run headers:check` (in `npm test`) checks without a browser that
// every page's own policy <meta> is there, first in <head> and current for that page's inline
// scripts and style attributes.

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page) {
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

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** After `load` every script has run; a frame later React has hydrated the page. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));

/** The policy each page carries itself: one <meta>, right after the charset, before any script. */
async function expectPolicyMeta(page: Page, route: string) {
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
 * scripts/lib/static-server.mjs with `headers: false`, one per worker on a free port, as the
 * tests' base URL (so the fixtures' same-origin guard holds for it).
 */
const bare = test.extend<object, { bareServer: string }>({
  bareServer: [
    async ({}, use) => {
      const server = createStaticServer('out', { headers: false });
      await use(await listen(server, 0));
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],
  // Named `provide`, not `use`: the React hooks lint rule reads `use` in `baseURL` as a hook.
  baseURL: async ({ bareServer }, provide) => {
    await provide(bareServer);
  },
});

test('pages are served with the security headers', async ({ page, request }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).not.toContain('unsafe-eval');
  const scriptSources = csp.match(/script-src ([^;]+)/)![1]!.split(' ');
  expect(
    scriptSources.filter((source) => source !== "'self'" && !source.startsWith("'sha256-")),
  ).toEqual([]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');

  const script = await page.locator('script[src]').first().getAttribute('src');
  const asset = await request.get(script!);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['cache-control']).toContain('immutable');
});

test('an unknown address gets the 404 page under its own policy', async ({ request }) => {
  const response = await request.get('/no-such-page');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
});

/** Loads a page: its head script ran (allowed by its hash), and nothing was blocked. */
async function visit(page: Page, route: string) {
  await recordViolations(page);
  const response = await page.goto(route);
  await settled(page);
  await expect(page.locator('html'), route).toHaveAttribute('data-theme', /^(light|dark)$/);
  expect(await violations(page), route).toEqual([]);
  return response!.headers();
}

/** /404 answers with status 404, which the browser logs as an error; no other page may. */
const consoleAllowance = (route: string) => ({
  allowedConsoleErrors: route === '/404' ? [/status of 404/] : [],
});

for (const route of onePagePerKind()) {
  test.describe(route, () => {
    test.use(consoleAllowance(route));
    test('no CSP violation', async ({ page }) => {
      expect((await visit(page, route))['content-security-policy']).toBeTruthy();
    });
  });
}

bare.describe('on a host that sets no headers', () => {
  for (const route of onePagePerKind()) {
    bare.describe(route, () => {
      bare.use(consoleAllowance(route));
      bare('the page carries its own policy, with no violation', async ({ page }) => {
        expect((await visit(page, route))['content-security-policy']).toBeUndefined();
        await expectPolicyMeta(page, route);
      });
    });
  }

  bare.describe('injected code', () => {
    bare.use({ allowedConsoleErrors: [/Content Security Policy|status of 404/] });

    for (const [label, route] of [
      ['a page', '/faq'],
      ['the 404 page', '/no-such-page'],
    ] as const) {
      bare(`does not run on ${label}, in the HTML or added later`, async ({ page }) => {
        await recordViolations(page);
        // As a stored XSS would arrive: inline script and handler in the page's own HTML.
        await page.route(`**${route}`, async (intercepted) => {
          const response = await intercepted.fetch();
          const html = (await response.text()).replace(
            '</body>',
            '<script>window.__fromHtml = true</script>' +
              '<img src="/favicon.svg" alt="" onload="window.__fromHandler = true"></body>',
          );
          await intercepted.fulfill({ response, body: html });
        });
        await page.goto(route);
        await expectPolicyMeta(page, route);
        await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__added = true';
          document.body.append(script);
        });
        await settled(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
        const ran = await page.evaluate(() => {
          const flags = window as unknown as Record<string, unknown>;
          return ['__fromHtml', '__fromHandler', '__added'].filter((flag) => flags[flag]);
        });
        expect(ran).toEqual([]);
        const blocked = await violations(page);
        expect(blocked.filter((entry) => entry.startsWith('script-src'))).toHaveLength(3);
      });
    }
  });

  bare.describe('unknown and trailing-slash addresses', () => {
    bare.use({ allowedConsoleErrors: [/status of 404/] });

    bare('the 404 page and /faq/ (after its redirect) carry the policy too', async ({ page }) => {
      await recordViolations(page);
      const missing = await page.goto('/no-such-page');
      expect(missing!.status()).toBe(404);
      await expectPolicyMeta(page, '/no-such-page');
      const slashed = await page.goto('/faq/?q=withdraw');
      expect(slashed!.status()).toBe(200);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/faq?q=withdraw');
      await expectPolicyMeta(page, '/faq/');
      await settled(page);
      expect(await violations(page)).toEqual([]);
    });
  });
});
