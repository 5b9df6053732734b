import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { parseMdx } from './mdx';
import { contentRoot } from './files';
import { assertEveryFileTranslated, readTranslation, versionOf } from './translation';

// A real English file and a German file written against it, in memory.
const original = 'content/guides/profile/desktop.mdx';
const english = fs.readFileSync(original, 'utf8');
const german = (source: string, follows: string | null = versionOf(english)) =>
  parseMdx(
    'content/de/guides/profile/desktop.mdx',
    follows === null ? source : source.replace('---\n', `---\nfollows: '${follows}'\n`),
  );

function problemOf(source: string, follows?: string | null): ContentError {
  try {
    readTranslation(german(source, follows));
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('a translation', () => {
  it('that follows the English file as it is now is current, and its stamp leaves the frontmatter', () => {
    const mdx = german(english);
    expect(readTranslation(mdx)).toEqual({ locale: 'de', original, stale: false });
    expect(mdx.frontmatter).not.toHaveProperty('follows');
  });

  it('is stale once the English file changed after it was stamped', () => {
    expect(readTranslation(german(english, versionOf(`${english}\nA new sentence.`)))).toEqual({
      locale: 'de',
      original,
      stale: true,
    });
  });

  it('an English file is no translation', () => {
    expect(readTranslation(parseMdx(original, english))).toBeUndefined();
  });

  it.each([
    ['has no stamp', english, null, 'follows', 'run npm run translations:stamp'],
    [
      'renames a step',
      english.replace('<Step id="confirm"', '<Step id="bestaetigen"'),
      undefined,
      'body',
      '<Step id="bestaetigen"> where the English has <Step id="confirm">',
    ],
    [
      'drops a label',
      english.replaceAll('<UI id="following" />', 'Folge ich'),
      undefined,
      'body',
      'labels (<UI id>)',
    ],
    [
      'links somewhere else',
      english.replace('](/troubleshoot)', '](/faq)'),
      undefined,
      'body',
      'links to the site',
    ],
    ['cites other sources', english.replace('  - a551012\n', ''), undefined, 'sources', 'sources'],
  ])('that %s fails, naming the file and the field', (_, source, follows, field, problem) => {
    const error = problemOf(source, follows);
    expect(error.file).toBe('content/de/guides/profile/desktop.mdx');
    expect(error.field).toBe(field);
    expect(error.message).toContain(problem);
  });

  it('without an English original fails', () => {
    const mdx = parseMdx(
      'content/de/faq/no-such-item.mdx',
      `---\nfollows: 'abcdefabcdef'\n---\nWorte.`,
    );
    expect(() => readTranslation(mdx)).toThrow(
      /has no English original \(content\/faq\/no-such-item\.mdx is missing\)/,
    );
  });
});

describe('an edition', () => {
  const at = (...parts: string[]) => path.join(contentRoot, ...parts);
  const english = [at('faq', 'a.mdx'), at('faq', 'b.mdx')];

  it('is whole when every English file has its translation at the same path', () => {
    expect(() =>
      assertEveryFileTranslated(
        english,
        [at('fr', 'faq', 'a.mdx'), at('fr', 'faq', 'b.mdx')],
        'fr',
      ),
    ).not.toThrow();
  });

  it('missing a translation fails the build, naming the file to write and its original', () => {
    expect(() => assertEveryFileTranslated(english, [at('de', 'faq', 'a.mdx')], 'de')).toThrow(
      'content/de/faq/b.mdx: file: is missing: the de edition translates every English file (content/faq/b.mdx)',
    );
  });
});
