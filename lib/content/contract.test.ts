import fs from 'node:fs';
import { allowedTags, contentComponents, contentKinds, type ContentKind } from './contract';

/** CONTRIBUTING's "What content may use" table: kind → the tags it lists. */
function contributingTable(): Map<string, string[]> {
  const text = fs.readFileSync('CONTRIBUTING.md', 'utf8');
  const section = text.split('## What content may use')[1]?.split('\n## ')[0] ?? '';
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(content|-)/.test(line));
  return new Map(
    rows.map((row) => {
      const [kind = '', tags = ''] = row
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return [kind.replace(/\s*\(.*$/, ''), [...tags.matchAll(/<(\w+)>/g)].map((m) => m[1]!)];
    }),
  );
}

describe('the content contract', () => {
  it('is what CONTRIBUTING tells contributors, kind by kind', () => {
    const table = contributingTable();
    expect([...table.keys()].sort()).toEqual(Object.keys(contentKinds).sort());
    for (const [kind, tags] of table) expect(tags).toEqual(allowedTags(kind as ContentKind));
  });

  it('keeps per-platform passages out of flow steps, whose flow is one platform already', () => {
    expect(allowedTags('flow steps')).not.toContain('PlatformOnly');
    expect(allowedTags('troubleshooter nodes')).toContain('PlatformOnly');
  });

  it.each([
    ['Callout', {}, true],
    ['Callout', { kind: 'warning' }, true],
    ['Callout', { kind: 'danger' }, false],
    ['Callout', { tone: 'loud' }, false],
    ['PlatformOnly', { platform: 'android' }, true],
    ['PlatformOnly', {}, false],
    ['Step', { id: 'open-sent', title: 'Tap Sent' }, true],
    ['Step', { id: 'done', title: 'Done' }, false],
    ['Step', { id: 'main', title: 'Main' }, false],
    ['Step', { id: 'open-sent', title: ' ' }, false],
    ['Screen', { view: 'home', highlight: 'me' }, true],
    ['Screen', { view: 'feed', highlight: 'me' }, false],
    ['a', { href: '/faq#will-they-know' }, true],
    ['a', { href: 'https://www.linkedin.com/' }, true],
    ['a', { href: 'http://www.linkedin.com/' }, false],
    ['a', { href: 'javascript:alert(1)' }, false],
  ] as const)('%s %j → valid: %s', (name, attributes, valid) => {
    expect(contentComponents[name].attributes.safeParse(attributes).success).toBe(valid);
  });
});
