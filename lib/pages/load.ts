import { loadCollection, type Entry } from '@/lib/content/collection';
import { ContentError } from '@/lib/content/errors';
import { contentTags } from '@/mdx-components';
import { pageCopySchema, type PageCopyData } from './schema';

export type PageCopy = Entry<PageCopyData>;

/** The pages whose words live in content/pages/, by file name. */
export const pageCopyIds = ['home', 'sent-list-shortcut'] as const;
export type PageCopyId = (typeof pageCopyIds)[number];

let cache: Map<string, PageCopy> | undefined;

function all(): Map<string, PageCopy> {
  cache ??= new Map(
    loadCollection('pages', pageCopySchema, contentTags).map((entry) => [entry.id, entry]),
  );
  return cache;
}

/** content/pages/<id>.mdx; every file there must be one the site shows, and each must exist. */
export function loadPageCopy(id: PageCopyId): PageCopy {
  const page = all().get(id);
  if (!page) throw new ContentError(`content/pages/${id}.mdx`, 'file', 'is missing');
  return page;
}

export function loadAllPageCopy(): PageCopy[] {
  for (const entry of all().values()) {
    if (!(pageCopyIds as readonly string[]).includes(entry.id)) {
      throw new ContentError(
        entry.file,
        'file name',
        `is not a page the site shows (${pageCopyIds.join(', ')})`,
      );
    }
  }
  return pageCopyIds.map(loadPageCopy);
}
