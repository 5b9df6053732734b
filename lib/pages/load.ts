import 'server-only';
import { assertLinksResolve } from '@/lib/content/site-links';
import { readAllPageCopy, type PageCopy, type PageCopyId } from './read-pages';

export type { PageCopy, PageCopyId } from './read-pages';

/** content/pages/<id>.mdx, checked (its links too). */
export function loadPageCopy(id: PageCopyId): PageCopy {
  const page = readAllPageCopy().find((entry) => entry.id === id)!;
  assertLinksResolve(page.file, page.links);
  return page;
}

export function loadAllPageCopy(): PageCopy[] {
  return readAllPageCopy().map((page) => loadPageCopy(page.id as PageCopyId));
}
