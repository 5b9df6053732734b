import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';
import { editionParams, localeOf, type LocaleParams } from '@/components/pages/edition';
import { siteMetadata } from '@/lib/metadata';
import '../globals.css';

/**
 * Every edition but English, under its own prefix (/de, /fr): the same pages, from the same
 * shared page components, in the edition's language. Only the editions lib/locales.ts lists.
 */
export const dynamicParams = false;
export const generateStaticParams = editionParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return siteMetadata(await localeOf(params));
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default async function EditionLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  return <SiteShell locale={await localeOf(params)}>{children}</SiteShell>;
}
