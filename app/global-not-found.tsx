import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/site-shell';
import { NotFoundPage, notFoundMetadata } from '@/components/pages/not-found-page';
import { siteMetadata } from '@/lib/metadata';
import './globals.css';

/**
 * The English 404 (out/404.html): with a root layout per edition there is no app-wide layout
 * for a not-found.tsx to sit in. Every edition's own 404 is app/[locale]/[...missing].
 */
const site = siteMetadata('en');
const notFound = notFoundMetadata('en');
// No layout around it, so no title template: the template applied here.
export const metadata: Metadata = {
  ...site,
  ...notFound,
  title: {
    absolute: (site.title as { template: string }).template.replace('%s', String(notFound.title)),
  },
};

export default function GlobalNotFound() {
  return (
    <SiteShell locale="en">
      <NotFoundPage locale="en" />
    </SiteShell>
  );
}
