import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';
import { siteMetadata } from '@/lib/metadata';
import '../globals.css';

/** English: the unprefixed addresses, every one as it always was. */
export const metadata: Metadata = siteMetadata('en');

// No theme-color: it could only follow the system theme, not the toggle; browsers fall back
// to the page's own background.
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteShell locale="en">{children}</SiteShell>;
}
