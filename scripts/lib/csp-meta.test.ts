// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { policyMetaProblems, withPolicyMeta } from './csp-meta.mjs';
import { metaPolicy } from './security-headers.mjs';

const page =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>T</title>' +
  '<script src="/_next/a.js"></script><script>self.__next_f.push([1])</script></head>' +
  '<body><div style="opacity:0">x</div><script>self.__next_f.push([2])</script></body></html>';

const metaContent = (html: string) =>
  html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/)?.[1];

describe('withPolicyMeta', () => {
  it('puts the page policy right after the charset, before any script, style or link', () => {
    const html = withPolicyMeta(page);
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><title>/,
    );
    expect(metaContent(html)).toBe(metaPolicy(page));
    expect(policyMetaProblems(html)).toEqual([]);
  });

  it('is idempotent, and replaces a stale policy instead of adding a second', () => {
    const once = withPolicyMeta(page);
    expect(withPolicyMeta(once)).toBe(once);
    const changed = once.replace('</body>', '<script>later()</script></body>');
    const again = withPolicyMeta(changed);
    expect(again.match(/http-equiv/g)).toHaveLength(1);
    expect(metaContent(again)).toContain(metaPolicy(changed).split('; ')[1]);
    expect(policyMetaProblems(again)).toEqual([]);
  });

  it('refuses a document without <head>, rather than leave it unprotected', () => {
    expect(() => withPolicyMeta('<p>fragment</p>')).toThrow(/no <head>/);
  });
});

describe('policyMetaProblems', () => {
  const written = withPolicyMeta(page);
  it.each([
    ['no policy at all', page, /0 Content-Security-Policy <meta>/],
    [
      'two policies',
      written.replace('<title>', '<meta http-equiv="content-security-policy" content="x"/><title>'),
      /2 Content-Security-Policy <meta>/,
    ],
    [
      'a script before the policy',
      written.replace('<meta charSet="utf-8"/>', '<meta charSet="utf-8"/><script>early()</script>'),
      /comes after <script>/,
    ],
    [
      'a page changed after the policy was written',
      written.replace('</body>', '<script>injected()</script></body>'),
      /stale/,
    ],
    [
      'the charset pushed past the first 1024 bytes',
      written.replace('<head>', `<head><!--${'x'.repeat(1024)}-->`),
      /first 1024 bytes/,
    ],
  ])('finds %s', (_, html, problem) => {
    expect(policyMetaProblems(html).join('\n')).toMatch(problem);
  });
});
