import path from 'node:path';
import { contentErrorOf, contentFolder, mdxFile } from '@/tests/content-folder';
import { faqSections } from './load';
import { readFaq } from './read-faq';

const valid = {
  question: 'Will they know?',
  category: 'After you withdraw',
  order: 1,
  sources: ['a568295'],
};

function item(fields: Record<string, unknown>, body = 'No, LinkedIn does not notify them.') {
  return mdxFile(fields, body);
}

const load = (files: Record<string, string>) => readFaq(contentFolder(files));

describe('loadFaq with broken items', () => {
  it.each([
    ['missing question', { 'x.mdx': item({ ...valid, question: undefined }) }, 'x.mdx', 'question'],
    ['blank question', { 'x.mdx': item({ ...valid, question: '   ' }) }, 'x.mdx', 'question'],
    ['unknown category', { 'x.mdx': item({ ...valid, category: 'Misc' }) }, 'x.mdx', 'category'],
    ['missing order', { 'x.mdx': item({ ...valid, order: undefined }) }, 'x.mdx', 'order'],
    ['order not a number', { 'x.mdx': item({ ...valid, order: 'first' }) }, 'x.mdx', 'order'],
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
      { 'a.mdx': item(valid), 'b.mdx': item({ ...valid, order: 2, question: 'will they KNOW?' }) },
      'b.mdx',
      'question',
    ],
    [
      'duplicate order within a category',
      { 'a.mdx': item(valid), 'b.mdx': item({ ...valid, question: 'Another?' }) },
      'b.mdx',
      'order',
    ],
  ])('%s fails naming the file and the field', (_, files, file, field) => {
    const error = contentErrorOf(() => load(files));
    expect(path.basename(error.file)).toBe(file);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`${file}: ${field}: `);
  });
});

describe('loadFaq with good items', () => {
  const items = load({
    'limit.mdx': item({
      ...valid,
      question: 'Is there a limit?',
      category: 'Limits and restrictions',
      order: 1,
    }),
    'note.mdx': item({ ...valid, question: 'Does the note go?', order: 2 }),
    'know.mdx': item(valid),
    'how.mdx': item({ ...valid, question: 'How?', category: 'Withdrawing', order: 5 }),
  });

  it('sorts by category, in the order the page shows them, then by order', () => {
    expect(items.map((entry) => entry.id)).toEqual(['how', 'know', 'note', 'limit']);
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
