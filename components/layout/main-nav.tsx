'use client';

import { usePathname } from 'next/navigation';
import { defaultLocale, type Locale } from '@/lib/locales';
import { localePath, paths, unlocalePath } from '@/lib/routes';

const sections = [
  { href: paths.home, key: 'guides', paths: ['/guide', '/from-profile', '/remove-connection'] },
  { href: paths.troubleshoot, key: 'troubleshoot', paths: [paths.troubleshoot, paths.checklist] },
  { href: paths.faq, key: 'faq', paths: [paths.faq] },
  { href: paths.learn, key: 'learn', paths: [paths.learn] },
] as const;

type Section = (typeof sections)[number];

/** The nav's words in the page's language: its own name and each section's. */
export type MainNavWords = Record<Section['key'] | 'label', string>;

function isIn(pathname: string, section: Section) {
  return (
    pathname === section.href ||
    section.paths.some((path) => pathname === path || pathname.startsWith(`${path}/`))
  );
}

/**
 * The site's sections, with aria-current on the one the page belongs to. A client leaf only
 * because the root layout can't know the path; the pre-rendered HTML already carries it.
 */
export function MainNav({
  words,
  locale = defaultLocale,
}: {
  words: MainNavWords;
  locale?: Locale;
}) {
  const pathname = unlocalePath(usePathname() ?? '');
  return (
    <nav aria-label={words.label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {sections.map((section) => (
          <li key={section.href}>
            <a
              href={localePath(locale, section.href)}
              aria-current={isIn(pathname, section) ? 'page' : undefined}
              // The 404 page is pre-rendered once but served at any address.
              suppressHydrationWarning
              className="text-fg no-underline hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline aria-[current=page]:underline-offset-4"
            >
              {words[section.key]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
