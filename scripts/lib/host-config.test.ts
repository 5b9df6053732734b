// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  headersFile,
  headersFileLimits,
  headersFileProblems,
  headersFileStats,
  nginxConfig,
  redirectsFile,
} from './host-config.mjs';
import { cacheControl, hostPolicy, staticHeaders } from './security-headers.mjs';

/** _headers as { pattern → { header → value } }. */
function rules(text: string) {
  const parsed = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) parsed.set(line, (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(': ');
      current!.set(name!, value.join(': '));
    }
  }
  return parsed;
}

describe('headersFile (out/_headers)', () => {
  const text = headersFile();

  it("stays within Cloudflare Pages' limits: at most 100 rules, 2,000 characters a line", () => {
    const { rules: count, longestLine } = headersFileStats(text);
    expect(count).toBeLessThanOrEqual(100);
    expect(longestLine).toBeLessThanOrEqual(2_000);
    expect(headersFileProblems(text)).toEqual([]);
  });

  it('sends the security headers and the hash-free CSP on every path, immutable cache on fingerprinted files', () => {
    const parsed = rules(text);
    expect(Object.fromEntries(parsed.get('/*')!)).toEqual(staticHeaders);
    expect(parsed.get('/*')!.get('Content-Security-Policy')).toBe(hostPolicy);
    expect(Object.fromEntries(parsed.get('/_next/static/*')!)).toEqual({
      'Cache-Control': cacheControl.immutable,
    });
  });

  it('never sets one header in two rules (hosts would join them into one value)', () => {
    const names = [...rules(text).values()].flatMap((headers) => [...headers.keys()]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('headersFileProblems', () => {
  it('names a file with too many rules or too long a line', () => {
    const many = Array.from({ length: headersFileLimits.rules + 1 }, (_, i) => `/p${i}\n  A: b`);
    expect(headersFileProblems(many.join('\n'))).toEqual(['101 rules (hosts read at most 100)']);
    expect(headersFileProblems(`/*\n  A: ${'b'.repeat(2_000)}`)).toEqual([
      'a line of 2005 characters (hosts read at most 2000)',
    ]);
  });
});

describe('nginxConfig', () => {
  const { 'unsend-maps.conf': maps, 'unsend-headers.conf': headers } = nginxConfig();

  it('maps status and path to the same three cache policies', () => {
    expect(maps).toContain(`  default "${cacheControl.never}";`);
    expect(maps).toContain(`  "~^(200|304):/_next/static/" "${cacheControl.immutable}";`);
    expect(maps).toContain(`  "~^[23][0-9][0-9]:" "${cacheControl.revalidate}";`);
  });

  it('adds every static header on every response, errors included', () => {
    for (const [name, value] of Object.entries(staticHeaders))
      expect(headers).toContain(`add_header ${name} ${JSON.stringify(value)} always;`);
    expect(headers).toContain('add_header Cache-Control $unsend_cache always;');
  });
});

describe('each edition’s 404 page on the hosts', () => {
  it('answers a missing page under /de/ with de/404.html and status 404 on Netlify (_redirects)', () => {
    expect(redirectsFile(['de', 'fr']).split('\n').slice(1)).toEqual([
      '/de/*  /de/404.html  404',
      '/fr/*  /fr/404.html  404',
      '',
    ]);
  });

  it('does the same on nginx, and keeps the 404 page itself a 404', () => {
    const locations = nginxConfig(['de'])['unsend-editions.conf'];
    expect(locations).toContain('location ^~ /de/ {');
    expect(locations).toContain('  error_page 404 /de/404.html;');
    expect(locations).toContain('location = /de/404 { error_page 404 /de/404.html; return 404; }');
    expect(locations).toContain('location = /de/404.html { internal; }');
    // No add_header in a location: nginx would drop the server's headers there.
    expect(locations.join('\n')).not.toContain('add_header');
  });
});
