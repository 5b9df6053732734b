import { loadCollection, type Entry } from '@/lib/content/collection';
import { ContentError } from '@/lib/content/errors';
import { onceByKey } from '@/lib/content/memo';
import { learnPageSchema, type LearnPageData } from './schema';

export type LearnPage = Entry<LearnPageData>;

/**
 * content/learn/*.mdx: the reference pages, in `order`, without the site-wide link check
 * (lib/learn/load.ts adds it). The file name is the page's URL slug.
 */
export const readLearnPages = onceByKey((folder: string): LearnPage[] => {
  const pages = loadCollection(folder, learnPageSchema, 'learn pages');
  for (const [index, page] of pages.entries()) {
    const clash = pages.slice(0, index).find((earlier) => earlier.data.order === page.data.order);
    if (clash)
      throw new ContentError(
        page.file,
        'order',
        `${page.data.order} is already used by ${clash.file}`,
      );
  }
  return [...pages].sort((a, b) => a.data.order - b.data.order);
});
