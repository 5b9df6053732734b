import { contentErrorOf } from '@/tests/content-folder';
import { assertEverySourceCited, checkSources } from './registry';

const good = {
  kind: 'linkedin-help',
  title: 'Withdraw an invitation',
  url: 'https://www.linkedin.com/help/linkedin/answer/a568295',
  read: '2026-12-06',
};

function inTwoDays(): string {
  return new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
}

describe('a broken source registry fails naming the file and the source’s field', () => {
  it.each([
    [
      'an http:// address',
      { a568295: { ...good, url: 'http://www.linkedin.com/help' } },
      'a568295.url',
      /https:\/\//,
    ],
    [
      'a javascript: address',
      { a568295: { ...good, url: 'javascript:alert(1)' } },
      'a568295.url',
      /https:\/\//,
    ],
    [
      'the LinkedIn Help home page',
      { home: { ...good, url: 'https://www.linkedin.com/help/linkedin/' } },
      'home.url',
      /breaks no-help-home-source/,
    ],
    ['an unknown kind', { a568295: { ...good, kind: 'blog' } }, 'a568295.kind', /must be one of/],
    [
      'an archived page without its version date',
      { a26: { ...good, kind: 'linkedin-help-archived' } },
      'a26.version',
      /YYYY-MM-DD/,
    ],
    ['an id that is not kebab-case', { A_26: good }, 'A_26', /kebab-case/],
    ['no read date', { a568295: { ...good, read: undefined } }, 'a568295.read', /YYYY-MM-DD/],
    [
      'an impossible read date',
      { a568295: { ...good, read: '2026-13-45' } },
      'a568295.read',
      /not a real date/,
    ],
    [
      'a read date to come',
      { a568295: { ...good, read: inTwoDays() } },
      'a568295.read',
      /in the future/,
    ],
    [
      'a seen date that is no date',
      { a568295: { ...good, seen: 'autumn' } },
      'a568295.seen',
      /YYYY-MM/,
    ],
    [
      'a misspelt field',
      { a568295: { ...good, lastRead: '2026-12-06' } },
      'a568295.lastRead',
      /not a field/,
    ],
  ])('%s', (_name, registry, field, problem) => {
    const error = contentErrorOf(() => checkSources(registry));
    expect(error.file).toBe('content/sources.ts');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(problem);
  });

  it('accepts each kind, an archived page with its version, a month for "seen"', () => {
    const sources = checkSources({
      a568295: good,
      'a26-2015-08-31': { ...good, kind: 'linkedin-help-archived', version: '2015-08-31' },
      notes: { ...good, kind: 'field-notes', seen: '2026-09' },
    });
    expect([...sources.keys()]).toEqual(['a568295', 'a26-2015-08-31', 'notes']);
  });
});

describe('assertEverySourceCited', () => {
  const sources = checkSources({ a568295: good, a551012: good });

  it('names the source nothing cites', () => {
    const error = contentErrorOf(() => assertEverySourceCited(sources, new Set(['a568295'])));
    expect(error.file).toBe('content/sources.ts');
    expect(error.field).toBe('a551012');
    expect(error.message).toMatch(/is cited by no content/);
  });

  it('passes when every source is cited', () => {
    expect(() => assertEverySourceCited(sources, new Set(['a568295', 'a551012']))).not.toThrow();
  });
});
