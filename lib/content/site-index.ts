import { tree } from '@/content/troubleshooter/tree';
import { paths } from '@/lib/routes';
import type { SitePages } from './define-collection';
import type { SiteIndex, SitePage } from './rules/links';
import { pageOwnedIds, type PageKind } from './rules/page-ids';

/** A page as the index holds it: the ids its own markup gives, plus the content's `more`. */
export const sitePage = (
  kind: PageKind,
  more: readonly string[] = [],
  step?: string,
): SitePage => ({
  ids: new Set([...pageOwnedIds[kind], ...more]),
  step,
});

/** The pages no collection makes: lib/routes.ts `paths` with nothing of content's on them. */
const staticPages: SitePages = [
  [paths.home, sitePage('home')],
  [paths.checklist, sitePage('checklist')],
  [paths.learn, sitePage('other')],
  [paths.troubleshoot, sitePage('troubleshooter entry')],
  [paths.troubleshootMap, sitePage('other')],
];

/**
 * Every page the site builds, with the ids each carries: the static pages, plus the pages each
 * collection adds (lib/content/collections.ts `pages`). The one list links in content are
 * checked against.
 */
export function buildSiteIndex(collections: readonly SitePages[]): SiteIndex {
  return {
    pages: new Map([staticPages, ...collections].flatMap((pages) => [...pages])),
    hints: new Map([
      [
        `${paths.troubleshoot}/${tree.start}`,
        `the first question: link to ${paths.troubleshoot} instead`,
      ],
    ]),
  };
}
