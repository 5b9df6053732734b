// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  contentSecurityPolicy,
  hashSource,
  hostPolicy,
  metaPolicy,
  pageHeaders,
  staticHeaders,
} from './security-headers.mjs';

const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('hashSource', () => {
  it('matches the CSP hash MDN documents for the same script', () => {
    expect(hashSource("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });
});

describe('contentSecurityPolicy', () => {
  const html =
    '<head><script src="/_next/a.js" async=""></script><script>one()</script></head>' +
    '<body><script>two()</script><script>one()</script></body>';

  it('allows this origin and each distinct inline script by hash, nothing else', () => {
    expect(directive(contentSecurityPolicy(html), 'script-src')).toEqual([
      "'self'",
      hashSource('one()'),
      hashSource('two()'),
    ]);
  });

  it('never allows inline code wholesale or eval, and locks down framing, plugins and forms', () => {
    const csp = contentSecurityPolicy(html);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
    expect(directive(csp, 'base-uri')).toEqual(["'self'"]);
    expect(directive(csp, 'form-action')).toEqual(["'self'"]);
  });

  it('allows style attributes by hash only on pages that have them', () => {
    expect(directive(contentSecurityPolicy(html), 'style-src')).toEqual(["'self'"]);
    const animated = '<div style="opacity:0;transform:translateY(8px)"></div>';
    expect(directive(contentSecurityPolicy(animated), 'style-src')).toEqual([
      "'self'",
      "'unsafe-hashes'",
      hashSource('opacity:0;transform:translateY(8px)'),
    ]);
  });
});

describe('pageHeaders', () => {
  it('adds the CSP to the headers every response carries', () => {
    const headers = pageHeaders('<p>hi</p>');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(headers['Content-Security-Policy']).toContain("default-src 'self'");
  });
});

describe('the page policy in a <meta> and in a header', () => {
  const html = '<head><script>one()</script></head><body><p style="color:red">hi</p></body>';
  const directives = (csp: string) => csp.split('; ');

  it('leaves out of the meta what browsers ignore there, and the header adds only that', () => {
    expect(metaPolicy(html)).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(contentSecurityPolicy(html)).toBe(`${metaPolicy(html)}; frame-ancestors 'none'`);
  });

  it('gives hosts a hash-free policy that never contradicts the page: each directive as the page says it', () => {
    for (const directive of directives(hostPolicy))
      expect(directives(contentSecurityPolicy(html))).toContain(directive);
    // No default-src, script-src or style-src: it can't block what a page's <meta> allows by hash.
    expect(hostPolicy).not.toMatch(/default-src|script-src|style-src/);
    expect(directive(hostPolicy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(staticHeaders['Content-Security-Policy']).toBe(hostPolicy);
  });
});

describe('cacheControlFor', () => {
  it.each([
    ['/_next/static/chunks/app.js', 200, 'public, max-age=31536000, immutable'],
    ['/_next/static/chunks/app.js', 304, 'public, max-age=31536000, immutable'],
    ['/_next/static/chunks/missing.js', 404, 'no-store'],
    ['/faq', 200, 'no-cache'],
    ['/faq', 304, 'no-cache'],
    ['/faq/', 308, 'no-cache'],
    ['/favicon.svg', 200, 'no-cache'],
    ['/no-such-page', 404, 'no-store'],
    ['/', 500, 'no-store'],
  ])('%s answered %i → %s', (urlPath, status, expected) => {
    expect(cacheControlFor(urlPath, status)).toBe(expected);
  });
});
