import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { ScriptsStarted } from '@/components/layout/scripts-started';
import { SiteHeader } from '@/components/layout/site-header';
import { MAIN_ID } from '@/lib/element-ids';
import { buildHeadScript } from '@/lib/platform/head-script';
import { ogImage } from '@/lib/metadata';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.baseUrl),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s · ${site.name}` },
  description:
    'Sent a LinkedIn invitation by mistake? Withdraw it in under a minute: step-by-step for desktop, iPhone and Android.',
  icons: { icon: '/favicon.svg' },
  // Defaults for a page that sets no metadata of its own; pageMetadata() gives each page its own.
  openGraph: { siteName: site.name, type: 'website', locale: 'en_GB', images: [ogImage] },
  twitter: { card: 'summary_large_image', images: [ogImage.url] },
};

// No theme-color: it could only follow the system theme, not the toggle; browsers fall back
// to the page's own background.
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

const headScript = buildHeadScript();

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets data-* attributes on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: headScript }} />
        <ScriptsStarted />
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main id={MAIN_ID} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
