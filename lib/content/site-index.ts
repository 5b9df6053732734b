import type { FaqItem } from '@/lib/faq/read-faq';
import type { Flow } from '@/lib/guides/schema';
import type { LearnPage } from '@/lib/learn/read-learn';
import { DONE_SEGMENT, flowPath, learnPath, nodePath, paths, stepHeadingId } from '@/lib/routes';
import type { Troubleshooter } from '@/lib/troubleshooter/read-tree';
import type { SiteIndex, SitePage } from './rules/links';
import { pageOwnedIds, type PageKind } from './rules/page-ids';

/** What the pages are built from: the loaders' output, before the site-wide checks. */
export interface SiteContent {
  flows: readonly Flow[];
  faq: readonly FaqItem[];
  learn: readonly LearnPage[];
  troubleshooter: Troubleshooter;
}

const page = (kind: PageKind, more: readonly string[] = [], step?: string): SitePage => ({
  ids: new Set([...pageOwnedIds[kind], ...more]),
  step,
});

/**
 * Every page the site builds, with the ids each carries: the static pages of lib/routes.ts
 * `paths`, plus one page per flow step, done panel, tree node and learn page. The one list
 * that links in content are checked against.
 */
export function buildSiteIndex(content: SiteContent): SiteIndex {
  const pages = new Map<string, SitePage>([
    [paths.home, page('home')],
    [
      paths.faq,
      page(
        'faq',
        content.faq.map((item) => item.id),
      ),
    ],
    [paths.checklist, page('checklist')],
    [paths.learn, page('other')],
    [paths.troubleshoot, page('troubleshooter entry')],
    [paths.troubleshootMap, page('other')],
  ]);
  for (const flow of content.flows) {
    const stepIds = flow.steps.map((step) => step.id);
    // The whole flow is on each of its pages (the list without JavaScript): every id is there.
    const ids = [...stepIds, ...stepIds.map(stepHeadingId)];
    pages.set(flowPath(flow.flow, flow.platform), page('wizard', ids));
    for (const id of stepIds)
      pages.set(flowPath(flow.flow, flow.platform, id), page('wizard', ids, id));
    pages.set(flowPath(flow.flow, flow.platform, DONE_SEGMENT), page('wizard', ids));
  }
  const { start, nodes } = content.troubleshooter;
  for (const id of nodes.keys()) {
    if (id !== start) pages.set(nodePath(id, start), page('troubleshooter node'));
  }
  for (const learn of content.learn) pages.set(learnPath(learn.id), page('other'));
  return {
    pages,
    hints: new Map([
      [
        `${paths.troubleshoot}/${start}`,
        `the first question: link to ${paths.troubleshoot} instead`,
      ],
    ]),
  };
}
