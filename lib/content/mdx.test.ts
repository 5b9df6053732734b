import { describe, expect, it } from 'vitest';
import { parseMdx } from './mdx';
import { collections, type CollectionName } from './collections';
import { assertAllowedSyntax } from './syntax';

const check =
  (body: string, kind: CollectionName = 'FAQ items') =>
  () =>
    assertAllowedSyntax(parseMdx('content/x.mdx', body), kind, collections[kind].tags);

describe('content component attributes', () => {
  it.each([
    ['<Callout>Plain note</Callout>'],
    ['<Callout kind="warning">Careful</Callout>'],
    ['<PlatformOnly platform="ios">Tap it</PlatformOnly>'],
    ['[The guide](/guide/ios) and [LinkedIn](https://www.linkedin.com/help/linkedin)'],
  ])('accepts %s', (body) => {
    expect(check(body)).not.toThrow();
  });

  it.each([
    [
      '<Callout kind="danger">x</Callout>',
      /content\/x\.mdx: body: <Callout kind="danger"> must be one of note, warning \(line 1\)/,
    ],
    [
      '<PlatformOnly>x</PlatformOnly>',
      /<PlatformOnly platform=""> must be one of desktop, ios, android/,
    ],
    ['<PlatformOnly platform="iphone">x</PlatformOnly>', /platform="iphone"/],
    ['<Callout tone="loud">x</Callout>', /<Callout> takes no "tone" attribute/],
    ['<Callout kind={"note"}>x</Callout>', /<Callout kind=""> must be one of/],
    ['<Callout {...props}>x</Callout>', /<Callout> takes no "\{…\}" attribute/],
  ])('rejects %s naming the file, the field and the line', (body, message) => {
    expect(check(body)).toThrow(message);
  });
});

describe('what each kind of content may use (lib/content/contract.ts)', () => {
  it('lets a troubleshooter node hold per-platform passages, and not a flow step', () => {
    const passage = '<PlatformOnly platform="ios">Tap it</PlatformOnly>';
    expect(check(passage, 'troubleshooter nodes')).not.toThrow();
    expect(check(passage, 'flow steps')).toThrow(
      /body: <PlatformOnly> can't be used in flow steps \(line 1\); allowed: Step, Variant, Screen, Callout/,
    );
  });

  it('keeps structure tags to flows', () => {
    expect(check('<Screen view="home" highlight="me" />', 'learn pages')).toThrow(
      /<Screen> can't be used in learn pages \(line 1\); allowed: Callout, PlatformOnly/,
    );
  });
});

describe('links and pictures in a body', () => {
  it.each([
    ['[x](javascript:alert(1))', /link to "javascript:alert\(1\)" uses javascript:/],
    ['[x](http://www.linkedin.com/)', /link to "http:\/\/www\.linkedin\.com\/" uses http:/],
    ['[x](data:text/html,hi)', /uses data:/],
    ['[x](mailto:someone@example.com)', /uses mailto:/],
    ['[x](//evil.example/)', /must be a path of this site/],
    ['[x](guide/ios)', /must be a path of this site/],
    ['[x](/faq/)', /has a trailing slash/],
    [
      '[x][ref]\n\n[ref]: javascript:alert(1)',
      /link to "javascript:alert\(1\)" \(line 3\)|uses javascript:.*\(line 3\)/,
    ],
    ['Bare www.linkedin.com/feed link', /uses http:/],
    [
      '![LinkedIn](https://www.linkedin.com/logo.png)',
      /Markdown images are not allowed .*\(line 1\)/,
    ],
  ])('rejects %s', (body, message) => {
    expect(check(body)).toThrow(message);
  });
});
