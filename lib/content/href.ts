import { z } from 'zod';

/** A path on this site as content writes it: lowercase segments, no trailing slash, an optional #id. */
const sitePath = /^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?(?:#[a-z0-9][a-z0-9_-]*)?$/;

/** Why a link target is not one content may use, or null for a good one. */
function hrefProblem(href: string): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) {
    if (sitePath.test(href)) return null;
    if (/^\/.+\/(?:#|$)/.test(href)) return 'has a trailing slash: pages have none';
    return 'must be a path of this site: lowercase a-z, 0-9 and hyphens, then an optional #id';
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'must be a path of this site ("/…") or an https:// address';
  }
  if (url.protocol !== 'https:') {
    return `uses ${url.protocol}; links go to a path of this site ("/…") or an https:// address`;
  }
  return null;
}

/** A link target in content (a Markdown link, or an `href` in frontmatter). */
export const contentHref = z.string({ error: 'is required' }).superRefine((href, ctx) => {
  const problem = hrefProblem(href);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
