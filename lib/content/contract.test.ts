import fs from 'node:fs';
import { collections, type CollectionName } from './collections';
import { contentComponents } from './contract';

interface Row {
  files: string;
  title: string;
  tags: string[];
}

/** CONTRIBUTING's "What content may use" table: each content type's row. */
function contributingTable(): Map<string, Row> {
  const text = fs.readFileSync('CONTRIBUTING.md', 'utf8');
  const section = text.split('## What content may use')[1]?.split('\n## ')[0] ?? '';
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(content|-)/.test(line));
  return new Map(
    rows.map((row) => {
      const [kind = '', files = '', title = '', tags = ''] = row
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return [
        kind,
        {
          files: files.replace(/`/g, ''),
          title: title.replace(/`/g, ''),
          tags: [...tags.matchAll(/<(\w+)>/g)].map((m) => m[1]!),
        },
      ];
    }),
  );
}

describe('the collection registry', () => {
  it('is what CONTRIBUTING tells contributors: every type, its files, its title and its tags', () => {
    const table = contributingTable();
    expect([...table.keys()].sort()).toEqual(Object.keys(collections).sort());
    for (const [kind, row] of table) {
      const collection = collections[kind as CollectionName];
      expect(row.files.startsWith(`content/${collection.folder}/`), kind).toBe(true);
      expect(row.title, kind).toBe(collection.title?.field ?? '(none)');
      expect(row.tags, kind).toEqual(collection.tags);
    }
  });

  it('keeps per-platform passages out of flow steps, whose flow is one platform already', () => {
    expect(collections['flow steps'].tags).not.toContain('PlatformOnly');
    expect(collections['troubleshooter nodes'].tags).toContain('PlatformOnly');
  });
});

describe('the content contract', () => {
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
