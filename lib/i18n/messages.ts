/**
 * The shape of the interface's words: one JSON file per namespace in content/interface/ (English),
 * the same files under content/<locale>/interface/ for every other language. English defines the
 * keys; lib/i18n/translator.ts checks every other language has exactly these, and
 * lib/i18n/catalogs.test.ts their placeholders too.
 */
import type checklist from '@/content/interface/checklist.json';
import type faq from '@/content/interface/faq.json';
import type guide from '@/content/interface/guide.json';
import type home from '@/content/interface/home.json';
import type mdx from '@/content/interface/mdx.json';
import type pages from '@/content/interface/pages.json';
import type screens from '@/content/interface/screens.json';
import type labels from '@/content/interface/labels.json';
import type platforms from '@/content/interface/platforms.json';
import type site from '@/content/interface/site.json';
import type sources from '@/content/interface/sources.json';
import type translation from '@/content/interface/translation.json';
import type troubleshooter from '@/content/interface/troubleshooter.json';

export type Messages = {
  checklist: typeof checklist;
  faq: typeof faq;
  guide: typeof guide;
  home: typeof home;
  /** What the guide says beside LinkedIn's labels in prose (components/mdx/ui-label.tsx). */
  labels: typeof labels;
  mdx: typeof mdx;
  pages: typeof pages;
  platforms: typeof platforms;
  /** The screen drawings' own words: view titles, where things are, the callout's verb (lib/screens/catalog.ts). */
  screens: typeof screens;
  site: typeof site;
  sources: typeof sources;
  troubleshooter: typeof troubleshooter;
  translation: typeof translation;
};

export type Namespace = keyof Messages;
