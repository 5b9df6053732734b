'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { choiceAttribute, followAttribute, rememberChoices } from '@/lib/edition-choice';
import type { Locale } from '@/lib/locales';
import { localePath, unlocalePath } from '@/lib/routes';

export interface EditionName {
  locale: Locale;
  /** The language's name in that language: "Deutsch", "Français", "English". */
  name: string;
}

/** Pages that are only ever served in place of a missing one: their switch leads home. */
const notFoundPaths = new Set(['/404', '/_not-found']);

/** The page's address in `locale`: the same page, or that edition's home for a 404 page. */
function addressIn(pathname: string, locale: Locale): string {
  const bare = unlocalePath(pathname);
  return localePath(locale, notFoundPaths.has(bare) ? '/' : bare);
}

/**
 * The same page in each other edition: plain links (they work without JavaScript), each named
 * in its own language and marked with its language. The pre-rendered HTML carries the page's
 * own address, as MainNav's does. Following one remembers the choice (lib/edition-choice.ts),
 * so the home page stops suggesting an edition.
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
  useEffect(rememberChoices, []);
  const onNotFoundPage = notFoundPaths.has(unlocalePath(pathname));
  return (
    <nav aria-label={label} data-print-hidden>
      <ul className="flex flex-wrap gap-x-3 text-sm">
        {editions
          .filter((edition) => edition.locale !== current)
          .map((edition) => (
            <li key={edition.locale}>
              <a
                href={addressIn(pathname, edition.locale)}
                hrefLang={edition.locale}
                lang={edition.locale}
                // The 404 page is pre-rendered once but served at any address.
                suppressHydrationWarning
                // rememberChoices remembers the choice and, on a wizard's step, follows the step.
                {...{
                  [choiceAttribute]: edition.locale,
                  [followAttribute]: onNotFoundPage ? undefined : '',
                }}
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
