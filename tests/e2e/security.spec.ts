import { bare, expectPolicyMeta, recordViolations, settled, violations } from './csp';
import { expect, test } from './fixtures';

// Every page's policy is checked without a browser by `npm run headers:check` (in `npm test`):
// its own policy <meta> is there, first in <head> and current for that page's inline scripts
// and style attributes. In the browser, page-sweep.spec.ts loads one page of each kind under
// each server (with the headers, and on a host that sets none) and finds no violation; here,
// the headers themselves and code that must not run.

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

bare.describe('on a host that sets no headers', () => {
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
