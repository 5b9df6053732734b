import path from 'node:path';
import { contentErrorOf, contentFolder, mdxFile } from '@/tests/content-folder';
import { faqSections } from './load';
import { readFaq } from './read-faq';

const valid = {
  question: 'Will they know?',
  sources: ['a568295'],
};

function item(fields: Record<string, unknown>, body = 'No, LinkedIn does not notify them.') {
  return mdxFile(fields, body);
}

/** content/faq/order.yaml: the categories in page order, each with its ids. */
function order(lists: Partial<Record<string, string[]>>): string {
  const categories = [
    'Withdrawing',
    'After you withdraw',
    'Limits and restrictions',
    'Connections',
  ];
  return categories
    .map(
      (category) =>
        `${category}:${(lists[category] ?? []).map((id) => `\n  - ${id}`).join('') || ' []'}`,
    )
    .join('\n');
}

/** The items, listed under "After you withdraw" in file-name order unless an order.yaml is given. */
const load = (files: Record<string, string>) =>
  readFaq(
    'en',
    contentFolder({
      'order.yaml': order({
        'After you withdraw': Object.keys(files).map((name) => name.replace(/\.mdx$/, '')),
      }),
      ...files,
    }),
  );

describe('loadFaq with broken items', () => {
  it.each([
    ['missing question', { 'x.mdx': item({ ...valid, question: undefined }) }, 'x.mdx', 'question'],
    ['blank question', { 'x.mdx': item({ ...valid, question: '   ' }) }, 'x.mdx', 'question'],
    ['no sources', { 'x.mdx': item({ ...valid, sources: undefined }) }, 'x.mdx', 'sources'],
    ['empty sources', { 'x.mdx': item({ ...valid, sources: [] }) }, 'x.mdx', 'sources'],
    [
      'a source written out instead of cited by id',
      { 'x.mdx': item({ ...valid, sources: [{ title: 'Help', url: 'https://example.com' }] }) },
      'x.mdx',
      'sources.0',
    ],
    [
      'an unknown source id',
      { 'x.mdx': item({ ...valid, sources: ['a568295', 'a999999'] }) },
      'x.mdx',
      'sources.1',
    ],
    [
      'a source cited twice',
      { 'x.mdx': item({ ...valid, sources: ['a568295', 'a568295'] }) },
      'x.mdx',
      'sources.1',
    ],
    [
      'a hand-typed lastChecked',
      { 'x.mdx': item({ ...valid, lastChecked: '2026-11-27' }) },
      'x.mdx',
      'lastChecked',
    ],
    ['empty answer', { 'x.mdx': item(valid, '') }, 'x.mdx', 'body'],
    [
      'unregistered component',
      { 'x.mdx': item(valid, '<Accordion>No.</Accordion>') },
      'x.mdx',
      'body',
    ],
    ['expression in the answer', { 'x.mdx': item(valid, 'Wait {3} weeks.') }, 'x.mdx', 'body'],
    ['id not kebab-case', { 'Will_They.mdx': item(valid) }, 'Will_They.mdx', 'file name'],
    [
      'id the page already uses (the skip link target)',
      { 'main.mdx': item(valid) },
      'main.mdx',
      'file name',
    ],
    [
      'id of a category heading',
      { 'category-connections.mdx': item(valid) },
      'category-connections.mdx',
      'file name',
    ],
    [
      'duplicate question',
      { 'a.mdx': item(valid), 'b.mdx': item({ ...valid, question: 'will they KNOW?' }) },
      'b.mdx',
      'question',
    ],
  ])('%s fails naming the file and the field', (_, files, file, field) => {
    const error = contentErrorOf(() => load(files));
    expect(path.basename(error.file)).toBe(file);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`${file}: ${field}: `);
  });
});

const two = {
  'know.mdx': item(valid),
  'note.mdx': item({ ...valid, question: 'Does the note go?' }),
};

describe('the order list (content/faq/order.yaml) when it is wrong', () => {
  it.each([
    ['missing', undefined, 'file', /is missing/],
    ['not a map', '- know\n- note', '(root)', /must map each category/],
    [
      'an unknown id',
      order({ 'After you withdraw': ['know', 'note', 'gone'] }),
      'After you withdraw[2]',
      /"gone" is not an FAQ item: there is no gone\.mdx/,
    ],
    [
      'an id listed twice',
      order({ Withdrawing: ['note'], 'After you withdraw': ['know', 'note'] }),
      'After you withdraw[1]',
      /"note" is listed twice \(first at Withdrawing\[0\]\)/,
    ],
    [
      'an item left out',
      order({ 'After you withdraw': ['know'] }),
      '(root)',
      /leaves out "note" \(note\.mdx\)/,
    ],
    [
      'an unknown category',
      `${order({ 'After you withdraw': ['know', 'note'] })}\nMisc: []`,
      'Misc',
      /is not a category/,
    ],
    [
      'categories out of page order',
      order({ 'After you withdraw': ['know', 'note'] }).replace('Withdrawing: []\n', '') +
        '\nWithdrawing: []',
      'After you withdraw',
      /expected "Withdrawing" here/,
    ],
    [
      'a category that is not a list',
      order({ 'After you withdraw': ['know', 'note'] }).replace(
        'Connections: []',
        'Connections: know',
      ),
      'Connections',
      /must be a list of item ids/,
    ],
  ])('%s fails naming order.yaml and the field', (_, list, field, problem) => {
    const files: Record<string, string> = {
      ...two,
      ...(list === undefined ? {} : { 'order.yaml': list }),
    };
    const error = contentErrorOf(() => readFaq('en', contentFolder(files)));
    expect(path.basename(error.file)).toBe('order.yaml');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(problem);
  });
});

describe('loadFaq with good items', () => {
  const items = readFaq(
    'en',
    contentFolder({
      'order.yaml': order({
        Withdrawing: ['how'],
        'After you withdraw': ['know', 'note'],
        'Limits and restrictions': ['limit'],
      }),
      'limit.mdx': item({ ...valid, question: 'Is there a limit?' }),
      'note.mdx': item({ ...valid, question: 'Does the note go?' }),
      'know.mdx': item(valid),
      'how.mdx': item({ ...valid, question: 'How?' }),
    }),
  );

  it('stands in the order the list gives: its categories in page order, then its ids', () => {
    expect(items.map((entry) => [entry.id, entry.category])).toEqual([
      ['how', 'Withdrawing'],
      ['know', 'After you withdraw'],
      ['note', 'After you withdraw'],
      ['limit', 'Limits and restrictions'],
    ]);
  });

  it('groups under categories, leaving out the empty ones', () => {
    expect(faqSections(items).map((section) => [section.category, section.items.length])).toEqual([
      ['Withdrawing', 1],
      ['After you withdraw', 2],
      ['Limits and restrictions', 1],
    ]);
  });

  it('keeps the answer as the MDX body', () => {
    expect(items[1]!.body.trim()).toBe('No, LinkedIn does not notify them.');
  });
});
