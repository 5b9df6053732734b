import type { z } from 'zod';
import type { ContentTag } from './contract';
import type { ContentLink } from './links';
import type { SitePage } from './rules/links';
import type { Translation } from './translation';

/** One file of a collection, read and checked. */
export interface Entry<T> {
  /** The file name without .mdx: the entry's stable id and URL segment. */
  id: string;
  file: string;
  data: T;
  /** The MDX body, rendered by <MdxContent>. */
  body: string;
  /** What the file links to; the site check holds these to the site's pages. */
  links: ContentLink[];
  /** Set on a file under content/<locale>/: what it translates, and whether it is behind. */
  translation?: Translation;
}

/** Pages a collection adds to the site index: each address, and the ids that page carries. */
export type SitePages = Iterable<readonly [path: string, page: SitePage]>;

type Frontmatter = z.ZodType<Record<string, unknown>>;

/** What a content type is, said once (lib/content/collections.ts holds them all). */
export interface CollectionConfig<S extends Frontmatter = Frontmatter, Item = Entry<z.output<S>>> {
  /** Its folder under a language's content folder (lib/content/locale-folder.ts). */
  folder: string;
  /** The files the site needs, by id (`<id>.mdx`), exactly; without it, every .mdx file is an entry. */
  ids?: readonly string[];
  /** A file beside the entries, read by the type's own reader (the FAQ's order list). */
  listFile?: string;
  /** The frontmatter, checked; the entry's type is inferred from it. */
  schema: S;
  /** The components its MDX may use (lib/content/contract.ts), besides Markdown. */
  tags: readonly ContentTag[];
  /** The frontmatter field that names the entry's page, and the page titles it becomes. */
  title?: { field: keyof z.output<S> & string; pageTitles: (title: string) => readonly string[] };
  /** The pages its entries add to the site, which links are checked against. */
  pages?: (items: readonly Item[]) => SitePages;
}

export type Collection<
  S extends Frontmatter = Frontmatter,
  Item = Entry<z.output<S>>,
> = CollectionConfig<S, Item> & {
  /** Its key in the registry: what CONTRIBUTING's table and error messages call it. */
  name: string;
};

/** What a collection's reader returns for each file, inferred from its declaration. */
export type ItemOf<C> = C extends CollectionConfig<Frontmatter, infer Item> ? Item : never;

/**
 * Declares one content type. `Item` is what its reader returns (an `Entry` of its frontmatter
 * unless the type has its own reader), inferred from the parameter `pages` is written with.
 */
export function defineCollection<S extends Frontmatter, Item = Entry<z.output<S>>>(
  config: CollectionConfig<S, Item>,
): CollectionConfig<S, Item> {
  return config;
}

/** Names each collection by its key, so the registry says each name once. */
export function nameCollections<T extends Record<string, { folder: string }>>(
  configs: T,
): { [K in keyof T]: T[K] & { name: K } } {
  return Object.fromEntries(
    Object.entries(configs).map(([name, config]) => [name, { ...config, name }]),
  ) as { [K in keyof T]: T[K] & { name: K } };
}
