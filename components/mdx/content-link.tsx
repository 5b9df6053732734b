import { defaultLocale, type Locale } from '@/lib/locales';
import { localePath } from '@/lib/routes';
import type { ContentComponentProps } from './props';

/**
 * Links in content: external ones open in a new tab without leaking the opener or referrer.
 * Content writes the site's own links unprefixed, as in English (`/faq#will-they-know`); they
 * lead to the page's own edition (`/de/faq#will-they-know`).
 */
export function ContentLink({
  href,
  title,
  children,
  locale = defaultLocale,
}: ContentComponentProps<'a'> & { locale?: Locale }) {
  return /^https:\/\//.test(href) ? (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={localePath(locale, href)} title={title}>
      {children}
    </a>
  );
}
