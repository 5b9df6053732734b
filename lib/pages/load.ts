import 'server-only';
import { collections } from '@/lib/content/collections';
import { readCollection, type Entry } from '@/lib/content/read-collection';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { PageCopyData, PageCopyId } from './schema';

export type { PageCopyId } from './schema';
export type PageCopy = Entry<PageCopyData>;

/** content/pages/<id>.mdx, checked: the words of a page or panel the site shows. */
export function loadPageCopy(id: PageCopyId, locale: Locale = defaultLocale): PageCopy {
  return readCollection(collections['page copy'], locale).find((entry) => entry.id === id)!;
}
