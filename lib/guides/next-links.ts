import { z } from 'zod';
import type { Platform } from '@/lib/platform/platforms';
import { defaultLocale, type Locale } from '@/lib/locales';
import { flowKinds, flowPath, localePath, paths, troubleshooterHref } from '@/lib/routes';

const label = z.string({ error: 'is required' }).trim().min(1, 'is required');

/**
 * A "what next" link in a done panel's frontmatter: a page of the site (`href`, checked by the
 * content rules like any other link), or another flow on the same device (`flow`).
 */
export const nextLinkSchema = z.union(
  [
    z.strictObject({ label, href: z.string().startsWith('/', 'must be a path on this site') }),
    z.strictObject({ label, flow: z.enum(flowKinds) }),
  ],
  { error: 'must have a label and either an href (a path on this site) or a flow' },
);

export type NextLink = z.infer<typeof nextLinkSchema>;

/**
 * The links as the person on `platform` follows them: a flow opens on their device, and the
 * troubleshooter starts knowing it, so it skips the device question even without JavaScript.
 * Every link leads into the page's own edition.
 */
export function resolveNextLinks(
  links: readonly NextLink[],
  platform: Platform,
  locale: Locale = defaultLocale,
): { href: string; label: string }[] {
  return links.map((link) => ({
    label: link.label,
    href: localePath(
      locale,
      'flow' in link
        ? flowPath(link.flow, platform)
        : link.href === paths.troubleshoot
          ? troubleshooterHref(platform)
          : link.href,
    ),
  }));
}
