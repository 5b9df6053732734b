import type { Metadata } from 'next';
import { site } from './site';

export { PAGE_TITLE_MAX } from './page-title.mjs';

/** The Open Graph card every page shares: public/og.png (made from public/og.svg). */
export const ogImage = {
  url: '/og.png',
  width: 1200,
  height: 630,
  alt: `${site.name}: ${site.tagline}`,
} as const;

/**
 * The absolute URL of a path on this site: how canonical links and the sitemap name pages.
 * The home page is the bare origin, as Next writes it in <link rel="canonical">, so the
 * sitemap and the page agree.
 */
export function absoluteUrl(path: string): string {
  return path === '/' ? site.baseUrl : `${site.baseUrl}${path}`;
}

export interface PageMetadataInput {
  /** Shown as "<title> · Unsend"; `{ absolute }` for a title used exactly as given. */
  title: string | { absolute: string };
  description: string;
  /** The page's path, starting with "/" and without a trailing slash. */
  path: string;
}

/**
 * A page's own title, description, canonical URL, Open Graph and Twitter card. Next replaces
 * (not merges) the layout's openGraph with a page's, so every page gets the whole set here.
 */
export function pageMetadata({ title, description, path }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const shareTitle = typeof title === 'string' ? title : title.absolute;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title: shareTitle,
      description,
      url,
      siteName: site.name,
      type: 'website',
      locale: 'en_GB',
      images: [ogImage],
    },
    twitter: {
      card: 'summary_large_image',
      title: shareTitle,
      description,
      images: [ogImage.url],
    },
  };
}
