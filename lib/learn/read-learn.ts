import { collections } from '@/lib/content/collections';
import { ContentError } from '@/lib/content/errors';
import { readCollection, type Entry } from '@/lib/content/read-collection';
import type { Locale } from '@/lib/locales';
import type { LearnPageData } from './schema';

export type LearnPage = Entry<LearnPageData>;

/**
 * The reference pages of one language (content/learn/*.mdx), in `order`. The file name is
 * the page's URL slug. Tests pass a fixture folder.
 */
export function readLearnPages(locale: Locale, folder?: string): LearnPage[] {
  const pages = readCollection(collections['learn pages'], locale, folder);
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
}
