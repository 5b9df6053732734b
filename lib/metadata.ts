import type { Metadata } from 'next';
import { translator } from '@/lib/i18n/translator';
import { defaultLocale, type Locale } from '@/lib/locales';
import { editionPaths, localePath } from '@/lib/routes';
import { site } from './site';

export { PAGE_TITLE_MAX } from './page-title.mjs';

/** The Open Graph card every page shares: public/og.png (made from public/og.svg). */
export function ogImage(locale: Locale = defaultLocale) {
  const t = translator(locale, 'site');
  return { url: '/og.png', width: 1200, height: 630, alt: `${t('name')}: ${t('tagline')}` };
}

/**
 * The absolute URL of a path on this site: how canonical links and the sitemap name pages.
 * The home page is the bare origin, as Next writes it in <link rel="canonical">, so the
 * sitemap and the page agree.
 */
export function absoluteUrl(path: string): string {
  return path === '/' ? site.baseUrl : `${site.baseUrl}${path}`;
}

/**
 * The same page in every edition, as absolute URLs keyed by language, and `x-default` (the
 * English page: the edition for a reader whose language has none). What a page's hreflang
 * links and the sitemap's alternates both say.
 */
export function languageAlternates(path: string): Record<string, string> {
  const editions = editionPaths(path);
  return {
    ...Object.fromEntries(editions.map((edition) => [edition.locale, absoluteUrl(edition.path)])),
    'x-default': absoluteUrl(editions.find((edition) => edition.locale === defaultLocale)!.path),
  };
}

export interface PageMetadataInput {
  /** Shown as "<title> · Unsend"; `{ absolute }` for a title used exactly as given. */
  title: string | { absolute: string };
  description: string;
  /** The page's path in English, starting with "/" and without a trailing slash. */
  path: string;
  /** The edition: the canonical URL and Open Graph locale are its own. */
  locale?: Locale;
}

/**
 * A page's own title, description, canonical URL, hreflang alternates, Open Graph and Twitter
 * card. Next replaces (not merges) the layout's openGraph with a page's, so every page gets the
 * whole set here.
 */
export function pageMetadata({
  title,
  description,
  path,
  locale = defaultLocale,
}: PageMetadataInput): Metadata {
  const url = absoluteUrl(localePath(locale, path));
  const shareTitle = typeof title === 'string' ? title : title.absolute;
  const t = translator(locale, 'site');
  const image = ogImage(locale);
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path) },
    openGraph: {
      title: shareTitle,
      description,
      url,
      siteName: t('name'),
      type: 'website',
      locale: t('ogLocale'),
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: shareTitle,
      description,
      images: [image.url],
    },
  };
}

/** The layout's defaults for a page that sets no metadata of its own, in one edition. */
export function siteMetadata(locale: Locale): Metadata {
  const t = translator(locale, 'site');
  const image = ogImage(locale);
  return {
    metadataBase: new URL(site.baseUrl),
    title: { default: `${t('name')}: ${t('tagline')}`, template: `%s · ${t('name')}` },
    description: t('description'),
    icons: { icon: '/favicon.svg' },
    openGraph: { siteName: t('name'), type: 'website', locale: t('ogLocale'), images: [image] },
    twitter: { card: 'summary_large_image', images: [image.url] },
  };
}
