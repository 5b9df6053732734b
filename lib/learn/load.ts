import 'server-only';
import { assertLinksResolve } from '@/lib/content/site-links';
import { readLearnPages, type LearnPage } from './read-learn';

export type { LearnPage } from './read-learn';

/** content/learn/*.mdx: the reference pages, checked (their links too), in `order`. */
export function loadLearnPages(): LearnPage[] {
  const pages = readLearnPages('learn');
  for (const page of pages) assertLinksResolve(page.file, page.links);
  return pages;
}
