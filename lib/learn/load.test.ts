import path from 'node:path';
import { contentErrorOf, contentFolder, mdxFile } from '@/tests/content-folder';
import { readLearnPages } from './read-learn';

const valid = {
  title: 'Invitation limits',
  description: 'What LinkedIn limits.',
  order: 1,
  sources: ['a550555'],
};

const page = (fields: Record<string, unknown>, body = 'LinkedIn publishes no number.') =>
  mdxFile(fields, body);

describe('readLearnPages with broken pages', () => {
  it.each([
    ['missing title', { 'x.mdx': page({ ...valid, title: undefined }) }, 'x.mdx', 'title'],
    [
      'missing description',
      { 'x.mdx': page({ ...valid, description: '' }) },
      'x.mdx',
      'description',
    ],
    ['no sources', { 'x.mdx': page({ ...valid, sources: [] }) }, 'x.mdx', 'sources'],
    [
      'a hand-typed lastChecked',
      { 'x.mdx': page({ ...valid, lastChecked: '2026-11-27' }) },
      'x.mdx',
      'lastChecked',
    ],
    [
      'an unknown source id',
      { 'x.mdx': page({ ...valid, sources: ['a5505'] }) },
      'x.mdx',
      'sources.0',
    ],
    ['missing order', { 'x.mdx': page({ ...valid, order: undefined }) }, 'x.mdx', 'order'],
    ['empty body', { 'x.mdx': page(valid, ' ') }, 'x.mdx', 'body'],
    ['slug not kebab-case', { 'Limits.mdx': page(valid) }, 'Limits.mdx', 'file name'],
    [
      'two pages in the same place',
      { 'a.mdx': page(valid), 'b.mdx': page(valid) },
      'b.mdx',
      'order',
    ],
  ])('%s fails naming the file and the field', (_, files, file, field) => {
    const error = contentErrorOf(() => readLearnPages('en', contentFolder(files)));
    expect(path.basename(error.file)).toBe(file);
    expect(error.field).toBe(field);
  });

  it('lists good pages in their order, the file name as the slug', () => {
    const pages = readLearnPages(
      'en',
      contentFolder({
        'later.mdx': page({ ...valid, order: 2 }),
        'first.mdx': page({ ...valid, order: 1 }),
      }),
    );
    expect(pages.map((entry) => entry.id)).toEqual(['first', 'later']);
  });
});
