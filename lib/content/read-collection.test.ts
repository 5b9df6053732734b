import path from 'node:path';
import { z } from 'zod';
import { contentErrorOf, contentFolder, mdxFile } from '@/tests/content-folder';
import { provenanceSchema } from '@/lib/sources/provenance';
import { requiredText } from './common-schema';
import { defineCollection, type Collection } from './define-collection';
import { readCollection } from './read-collection';

const page = mdxFile(
  {
    title: 'A page',
    sources: ['a568295'],
  },
  'Words.',
);

const fixed: Collection<z.ZodType<Record<string, unknown>>, never> = {
  ...defineCollection({
    folder: 'unused',
    ids: ['home', 'about'],
    schema: provenanceSchema.extend({ title: requiredText }),
    tags: ['Callout'],
  }),
  name: 'test pages',
};

describe('a collection with fixed ids', () => {
  it.each([
    [
      'a file the site does not show',
      { 'home.mdx': page, 'about.mdx': page, 'extra.mdx': page },
      'extra.mdx',
      'file name',
      /is not one of the test pages the site shows \(home, about\)/,
    ],
    ['a file the site needs, missing', { 'home.mdx': page }, 'about.mdx', 'file', /is missing/],
    [
      'a tag the collection may not use',
      {
        'home.mdx': page,
        'about.mdx': page.replace('Words.', '<PlatformOnly platform="ios">Tap.</PlatformOnly>'),
      },
      'about.mdx',
      'body',
      /<PlatformOnly> can't be used in test pages/,
    ],
  ])('fails on %s, naming the file and the field', (_, files, file, field, problem) => {
    const error = contentErrorOf(() => readCollection(fixed, 'en', contentFolder(files)));
    expect(path.basename(error.file)).toBe(file);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(problem);
  });

  it('reads the files in the order the ids give', () => {
    const entries = readCollection(
      fixed,
      'en',
      contentFolder({ 'about.mdx': page, 'home.mdx': page }),
    );
    expect(entries.map((entry) => entry.id)).toEqual(['home', 'about']);
  });
});
