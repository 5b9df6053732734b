import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every page in the export, by URL, grouped by section (/guide/ios and its steps together). */
function exportedPagesBySection(): Map<string, string[]> {
  const root = path.resolve('out');
  const routes = (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html') && !name.startsWith('_'))
    .map((name) =>
      `/${name
        .split(path.sep)
        .join('/')
        .replace(/\.html$/, '')}`.replace(/^\/index$/, '/'),
    )
    .sort();
  const sections = new Map<string, string[]>();
  for (const route of routes) {
    const section = route.split('/').slice(0, 3).join('/') || '/';
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
  test(`${section === '/' ? '/' : `${section} and below`} runs under the CSP with no violation`, async ({
    page,
  }) => {
    await recordViolations(page);
    for (const route of routes) {
      const response = await page.goto(route);
      expect(response!.headers()['content-security-policy'], route).toBeTruthy();
      await page.waitForLoadState('networkidle');
      // The inline head script ran: it is allowed by its hash.
      await expect(page.locator('html'), route).toHaveAttribute('data-theme', /^(light|dark)$/);
      expect(await violations(page), route).toEqual([]);
    }
  });
}
