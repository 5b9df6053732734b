import type { ContentLink } from '@/lib/content/links';
import type { Problem } from './problem';

/** A page of the site as links see it: the ids it carries, and the step it opens at if any. */
export interface SitePage {
  ids: ReadonlySet<string>;
  /** A flow step's own page: links to it carry #<step id>. */
  step?: string;
}

export interface SiteIndex {
  pages: ReadonlyMap<string, SitePage>;
  /** Addresses that are not pages but look as if they were, with where to link instead. */
  hints: ReadonlyMap<string, string>;
}

/**
 * Where internal links go wrong: a page that does not exist, an #id the page does not have,
 * a step page linked without its #id (without JavaScript the page opens at the top of the
 * step list, so the fragment is what brings the step into view). External links are
 * https:// by the contract and not checked here.
 */
export function linkProblems(links: readonly ContentLink[], site: SiteIndex): Problem[] {
  return links.flatMap(({ href, field, line }) => {
    if (!href.startsWith('/')) return [];
    const at = `links to ${href}${line ? ` (line ${line})` : ''}`;
    const [path = '', hash] = href.split('#');
    const page = site.pages.get(path);
    if (!page) {
      return [
        { field, problem: `${at}, ${site.hints.get(path) ?? 'which is not a page of this site'}` },
      ];
    }
    if (hash !== undefined && !page.ids.has(hash)) {
      return [{ field, problem: `${at}, but ${path} has no id="${hash}"` }];
    }
    if (page.step && hash !== page.step) {
      return [
        {
          field,
          problem: `${at}: a link to one step carries #${page.step} (${path}#${page.step}), so the step is in view without JavaScript`,
        },
      ];
    }
    return [];
  });
}
