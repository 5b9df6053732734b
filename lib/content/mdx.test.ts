import { describe, expect, it } from 'vitest';
import { assertAllowedSyntax, parseMdx } from './mdx';

const allowed = ['Callout', 'PlatformOnly'];
const check = (body: string) => () => assertAllowedSyntax(parseMdx('content/x.mdx', body), allowed);

describe('content component attributes', () => {
  it.each([
    ['<Callout>Plain note</Callout>'],
    ['<Callout kind="warning">Careful</Callout>'],
    ['<PlatformOnly platform="ios">Tap it</PlatformOnly>'],
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
  ])('rejects %s naming the file, the field and the line', (body, message) => {
    expect(check(body)).toThrow(message);
  });
});
