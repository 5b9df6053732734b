'use client';

import { usePathname } from 'next/navigation';
import { rememberEdition } from '@/lib/edition-choice';
import { defaultLocale, type Locale } from '@/lib/locales';
import { editionPaths } from '@/lib/routes';

export interface EditionName {
  locale: Locale;
  /** The language's name in that language: "Deutsch", "Français", "English". */
  name: string;
}

/** Pages that are only ever served in place of a missing one: their switch leads home. */
const notFoundPaths = new Set(['/404', '/_not-found']);

/**
 * The same page in each other edition: plain links (they work without JavaScript), each named
 * in its own language and marked with its language. The pre-rendered HTML carries the page's
 * own address, as MainNav's does. Following one remembers the choice, so the home page stops
 * suggesting an edition.
 */
export function LanguageSwitch({
  current,
  editions,
  label,
}: {
  current: Locale;
  editions: readonly EditionName[];
  label: string;
}) {
  const pathname = usePathname() ?? '/';
  const targets = editionPaths(pathname);
  const bare = targets.find((target) => target.locale === defaultLocale)?.path ?? '/';
  const pathIn = (locale: Locale) =>
    notFoundPaths.has(bare)
      ? editionPaths('/').find((target) => target.locale === locale)!.path
      : targets.find((target) => target.locale === locale)!.path;
  return (
    <nav aria-label={label} data-print-hidden>
      <ul className="flex flex-wrap gap-x-3 text-sm">
        {editions
          .filter((edition) => edition.locale !== current)
          .map((edition) => (
            <li key={edition.locale}>
              <a
                href={pathIn(edition.locale)}
                hrefLang={edition.locale}
                lang={edition.locale}
                // The 404 page is pre-rendered once but served at any address.
                suppressHydrationWarning
                onClick={() => rememberEdition(edition.locale)}
                className="text-fg"
              >
                {edition.name}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
