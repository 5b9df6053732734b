import { loadCollection, type Entry } from '@/lib/content/collection';
import { ContentError } from '@/lib/content/errors';
import { once } from '@/lib/content/memo';
import { pageCopySchema, type PageCopyData } from './schema';

export type PageCopy = Entry<PageCopyData>;

/** The pages whose words live in content/pages/, by file name. */
const pageCopyIds = [
  'home',
  'home-profile',
  'home-sent-list',
  'home-stuck',
  'home-many',
  'sent-list-shortcut',
] as const;
export type PageCopyId = (typeof pageCopyIds)[number];

/**
 * content/pages/*.mdx, each one a page or panel the site shows, without the site-wide link
 * check (lib/pages/load.ts adds it).
 */
export const readAllPageCopy = once((): PageCopy[] => {
  const entries = loadCollection('pages', pageCopySchema, 'page copy');
  for (const entry of entries) {
    if (!(pageCopyIds as readonly string[]).includes(entry.id)) {
      throw new ContentError(
        entry.file,
        'file name',
        `is not a page the site shows (${pageCopyIds.join(', ')})`,
      );
    }
  }
  return pageCopyIds.map((id) => {
    const page = entries.find((entry) => entry.id === id);
    if (!page) throw new ContentError(`content/pages/${id}.mdx`, 'file', 'is missing');
    return page;
  });
});
