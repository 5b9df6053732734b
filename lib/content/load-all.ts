import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { readFaq } from '@/lib/faq/read-faq';
import { readAllFlows } from '@/lib/guides/read-flows';
import { readLearnPages } from '@/lib/learn/read-learn';
import { defaultLocale, locales, type Locale } from '@/lib/locales';
import { interfaceFiles, messagesOf } from '@/lib/i18n/translator';
import { labelsFile, siteLabels } from '@/lib/labels/registry';
import { assertEverySourceCited, siteSources, sourcesFile } from '@/lib/sources/registry';
import { readTroubleshooter, treeFile } from '@/lib/troubleshooter/read-tree';
import { collections, type CollectionName, type Collections } from './collections';
import type { z } from 'zod';
import type { Collection, ItemOf } from './define-collection';
import { ContentError } from './errors';
import { contentRoot, displayPath } from './files';
import type { ContentLink } from './links';
import { localeFolder } from './locale-folder';
import { once, onceByKey } from './memo';
import { readCollection } from './read-collection';
import { linkProblems } from './rules/links';
import { assertNoProblems } from './rules/pass';
import { buildSiteIndex } from './site-index';

type Items<K extends CollectionName> = readonly ItemOf<Collections[K]>[];

/**
 * The collections whose reader checks more than the generic one does (steps, the tree, order
 * numbers, clashes with the page's own ids). Every other collection is read generically.
 */
const readers: { [K in CollectionName]?: (locale: Locale) => Items<K> } = {
  'flow steps': readAllFlows,
  'troubleshooter nodes': (locale) =>
    [...readTroubleshooter(locale).nodes.values()].map((node) => node.text),
  'FAQ items': readFaq,
  'learn pages': readLearnPages,
};

const names = Object.keys(collections) as CollectionName[];

type SiteContent = { [K in CollectionName]: Items<K> };

interface ContentItem {
  file: string;
  links: readonly ContentLink[];
  /** A flow's sources sit on the flow; every other entry's in its frontmatter data. */
  sources?: readonly { id: string }[];
  data?: { sources?: readonly { id: string }[] };
}

/** Every collection of one language, read and checked by its reader. */
const readLanguage = onceByKey(
  (locale: Locale): SiteContent =>
    Object.fromEntries(
      names.map((name) => {
        const read = readers[name] as ((locale: Locale) => Items<typeof name>) | undefined;
        const collection = collections[name] as Collection<
          z.ZodType<Record<string, unknown>>,
          never
        >;
        return [name, read ? read(locale) : readCollection(collection, locale)];
      }),
    ) as SiteContent,
);

/** Every page of one language's site, with the ids each carries (lib/content/site-index.ts). */
export const siteIndex = onceByKey((locale: Locale) => {
  const content = readLanguage(locale);
  return buildSiteIndex(
    names.map((name) => {
      const pages = collections[name].pages as ((items: Items<typeof name>) => never) | undefined;
      return pages ? pages(content[name]) : [];
    }),
  );
});

/** A file under `root` that no reader read would be content nobody sees: an error. */
export function assertEveryFileRead(root: string, read: ReadonlySet<string>): void {
  for (const name of fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const absolute = path.join(root, name);
    const file = displayPath(absolute);
    if (fs.statSync(absolute).isFile() && !read.has(file)) {
      throw new ContentError(
        file,
        'file',
        'is not read by any loader: remove it, or name it as its folder’s loader expects',
      );
    }
  }
}

/**
 * The site-wide link rule: each internal link in `file` leads to a page the language's site
 * builds, and to an #id that page has.
 */
export function assertLinksResolve(
  file: string,
  links: readonly ContentLink[],
  locale: Locale,
): void {
  assertNoProblems(file, linkProblems(links, siteIndex(locale)));
}

/**
 * Loads and checks every piece of content in every language, once per process: each
 * collection through its reader (the same the pages use), then what no single file can
 * show: that nothing under content/ went unread, that every source is cited, and that every
 * internal link resolves.
 * `npm run content:check` runs it; so does `next build`, through app/sitemap.ts, the one
 * route that lists every page.
 */
export const loadAllContent = once(() => {
  const content = new Map(locales.map((locale) => [locale, readLanguage(locale)] as const));
  const read = new Set([treeFile, sourcesFile, labelsFile]);
  const cited = new Set(
    [...siteLabels().values()].flatMap((label) =>
      // Every language's texts: a German or French label cites its own sources.
      [...label.languages.values()]
        .flat()
        .flatMap((text) => text.sightings.flatMap((sighting) => sighting.source?.id ?? [])),
    ),
  );
  for (const [locale, collectionsRead] of content) {
    messagesOf(locale);
    for (const file of interfaceFiles(locale)) read.add(displayPath(file));
    for (const name of names) {
      const { listFile, folder } = collections[name];
      // A list file (the FAQ's order) is shared: English's serves every language.
      if (listFile && locale === defaultLocale)
        read.add(displayPath(path.join(contentRoot, localeFolder(locale, folder), listFile)));
      for (const item of collectionsRead[name] as readonly ContentItem[]) {
        read.add(item.file);
        for (const source of item.sources ?? item.data?.sources ?? []) cited.add(source.id);
      }
    }
  }
  // The interface's words (content/[<locale>/]interface/*.json) are read by lib/i18n/translator.ts.
  for (const locale of locales) {
    const folder = path.join(contentRoot, localeFolder(locale, 'interface'));
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.json')))
      read.add(displayPath(path.join(folder, name)));
  }
  assertEveryFileRead(contentRoot, read);
  assertEverySourceCited(siteSources(), cited);
  for (const [locale, collectionsRead] of content) {
    for (const name of names) {
      for (const item of collectionsRead[name] as readonly ContentItem[]) {
        assertLinksResolve(item.file, item.links, locale);
      }
    }
  }
  return content;
});
