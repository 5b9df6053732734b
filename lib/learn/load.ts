import { loadCollection, type Entry } from '@/lib/content/collection';
import { ContentError } from '@/lib/content/errors';
import { contentTags } from '@/mdx-components';
import { learnPageSchema, type LearnPageData } from './schema';

export type LearnPage = Entry<LearnPageData>;

const cache = new Map<string, LearnPage[]>();

/** content/learn/*.mdx: the reference pages, in `order`. The file name is the page's URL slug. */
export function loadLearnPages(folder = 'learn'): LearnPage[] {
  const cached = cache.get(folder);
  if (cached) return cached;
  const pages = loadCollection(folder, learnPageSchema, contentTags);
  for (const [index, page] of pages.entries()) {
    const clash = pages.slice(0, index).find((earlier) => earlier.data.order === page.data.order);
    if (clash)
      throw new ContentError(
        page.file,
        'order',
        `${page.data.order} is already used by ${clash.file}`,
      );
  }
  const sorted = [...pages].sort((a, b) => a.data.order - b.data.order);
  cache.set(folder, sorted);
  return sorted;
}
