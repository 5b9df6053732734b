/**
 * The shape of the interface's words: one JSON file per namespace in content/interface/ (English),
 * the same files under content/<locale>/interface/ for every other language. English defines the
 * keys; lib/i18n/translator.ts checks every other language has exactly these.
 */
import type home from '@/content/interface/home.json';
import type pages from '@/content/interface/pages.json';
import type site from '@/content/interface/site.json';
import type translation from '@/content/interface/translation.json';

export type Messages = {
  site: typeof site;
  home: typeof home;
  pages: typeof pages;
  translation: typeof translation;
};

export type Namespace = keyof Messages;
