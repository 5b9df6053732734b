/**
 * The content types, each declared once (in the spirit of fumadocs' source.config.ts): its
 * folder, its frontmatter schema (the entry's type is inferred from it), the components its
 * MDX may use, the field that becomes its page title, the files it must hold if fixed, and
 * the pages it adds to the site. The generic reader (read-collection.ts), the site check and
 * `npm run content:check` (load-all.ts), and CONTRIBUTING's table (contract.test.ts) all
 * iterate it. Declarations only: a page that reads one collection loads no other's reader.
 *
 * Adding a content type is one entry here and its schema; one that needs more than the
 * generic reader (steps, a tree, an order list) adds its reader in load-all.ts `readers`.
 */
import { tree } from '@/content/troubleshooter/tree';
import { faqItemSchema, faqOrderFile } from '@/lib/faq/schema';
import { doneSchema, flowFrontmatterSchema, type Flow } from '@/lib/guides/schema';
import { learnPageSchema } from '@/lib/learn/schema';
import { pageCopyIds, pageCopySchema } from '@/lib/pages/schema';
import { platforms } from '@/lib/platform/platforms';
import {
  DONE_SEGMENT,
  doneIds,
  flowKinds,
  flowPath,
  learnPath,
  nodePath,
  paths,
  stepHeadingId,
} from '@/lib/routes';
import { nodeTextSchema, pageTextSchema, troubleshooterPageIds } from '@/lib/troubleshooter/schema';
import { defineCollection, nameCollections, type SitePages } from './define-collection';
import { donePageTitles, siteTitle } from './rules/titles';
import { sitePage } from './site-index';

const pageTitle = (title: string) => [siteTitle(title)];

/** A flow's pages: its own URL, one per step and its done page, each carrying every step's ids. */
function flowPages(flow: Flow): SitePages {
  const stepIds = flow.steps.map((step) => step.id);
  // The whole flow is on each of its pages (the list without JavaScript): every id is there.
  const ids = [...stepIds, ...stepIds.map(stepHeadingId)];
  return [
    [flowPath(flow.flow, flow.platform), sitePage('wizard', ids)],
    ...stepIds.map(
      (id) => [flowPath(flow.flow, flow.platform, id), sitePage('wizard', ids, id)] as const,
    ),
    [flowPath(flow.flow, flow.platform, DONE_SEGMENT), sitePage('wizard', ids)],
  ];
}

export const collections = nameCollections({
  'flow steps': defineCollection({
    folder: 'guides',
    ids: flowKinds.flatMap((kind) => platforms.map((platform) => `${kind}/${platform}`)),
    schema: flowFrontmatterSchema,
    tags: ['Step', 'Variant', 'Screen', 'Callout', 'UI'],
    title: { field: 'title', pageTitles: pageTitle },
    pages: (flows: readonly Flow[]) => flows.flatMap((flow) => [...flowPages(flow)]),
  }),
  'done panels': defineCollection({
    folder: 'guides/done',
    ids: doneIds,
    schema: doneSchema,
    tags: ['Callout', 'PlatformOnly', 'UI'],
    title: { field: 'title', pageTitles: donePageTitles },
  }),
  'troubleshooter nodes': defineCollection({
    folder: 'troubleshooter/nodes',
    schema: nodeTextSchema,
    tags: ['Callout', 'PlatformOnly', 'UI'],
    title: { field: 'title', pageTitles: pageTitle },
    // The start node is asked on /troubleshoot itself (a static page).
    pages: (nodes) =>
      nodes
        .filter((node) => node.id !== tree.start)
        .map((node) => [nodePath(node.id, tree.start), sitePage('troubleshooter node')] as const),
  }),
  'troubleshooter pages': defineCollection({
    folder: 'troubleshooter/pages',
    ids: troubleshooterPageIds,
    schema: pageTextSchema,
    tags: ['Callout', 'PlatformOnly', 'UI'],
    title: { field: 'title', pageTitles: pageTitle },
  }),
  'FAQ items': defineCollection({
    folder: 'faq',
    listFile: faqOrderFile,
    schema: faqItemSchema,
    tags: ['Callout', 'PlatformOnly', 'UI'],
    title: { field: 'question', pageTitles: pageTitle },
    pages: (items) => [
      [
        paths.faq,
        sitePage(
          'faq',
          items.map((item) => item.id),
        ),
      ],
    ],
  }),
  'learn pages': defineCollection({
    folder: 'learn',
    schema: learnPageSchema,
    tags: ['Callout', 'PlatformOnly', 'UI'],
    title: { field: 'title', pageTitles: pageTitle },
    pages: (pages) => pages.map((page) => [learnPath(page.id), sitePage('other')] as const),
  }),
  // A page copy's title heads a page or panel whose <title> is set elsewhere (the home page's
  // is the site's name): no page title to hold it to.
  'page copy': defineCollection({
    folder: 'pages',
    ids: pageCopyIds,
    schema: pageCopySchema,
    tags: ['Callout', 'UI'],
  }),
});

export type Collections = typeof collections;
export type CollectionName = keyof Collections;
