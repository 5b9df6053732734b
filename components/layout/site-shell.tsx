import type { ReactNode } from 'react';
import { editionScript, suggestionStyle } from '@/lib/edition-choice';
import { MAIN_ID } from '@/lib/element-ids';
import type { Locale } from '@/lib/locales';
import { buildHeadScript } from '@/lib/platform/head-script';
import { ScriptsStarted } from './scripts-started';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The head script, with the editions' few lines after it: still one inline script. */
const headScript = buildHeadScript() + editionScript();

/**
 * The document every page of an edition shares: <html lang>, the head script, header, main and
 * footer in that edition's language. Each edition's root layout renders it.
 */
export function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    // The head script sets data-* attributes on <html> before React hydrates.
    <html lang={locale} suppressHydrationWarning>
      {/* A root layout's own <head> (this renders for app/(en) and app/[locale]'s layouts). */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: headScript }} />
        <style dangerouslySetInnerHTML={{ __html: suggestionStyle() }} />
        <ScriptsStarted />
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteHeader locale={locale} />
        <main id={MAIN_ID} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
