import type { Page } from '@playwright/test';
import { exportedRoutes } from './exported-pages';
import { expect, test } from './fixtures';

/** Every exported page, grouped by section (/guide and every page under it together). */
function exportedPagesBySection(): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  for (const route of exportedRoutes()) {
    const section = route.split('/').slice(0, 2).join('/') || '/';
    sections.set(section, [...(sections.get(section) ?? []), route]);
  }
  return sections;
}

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

for (const [section, routes] of exportedPagesBySection()) {
  const name = routes.length > 1 ? `${section}… (${routes.length} pages)` : section;
  test(`${name}: no CSP violation`, async ({ page }) => {
    await recordViolations(page);
    for (const route of routes) {
      const response = await page.goto(route);
      expect(response!.headers()['content-security-policy'], route).toBeTruthy();
      // After `load` every script has run; a frame later React has hydrated the page.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done))),
      );
      // The inline head script ran: it is allowed by its hash.
      await expect(page.locator('html'), route).toHaveAttribute('data-theme', /^(light|dark)$/);
      expect(await violations(page), route).toEqual([]);
    }
  });
}
