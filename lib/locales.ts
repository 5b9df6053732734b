/**
 * The languages the site is written in: the one list. English is the default and keeps the
 * unprefixed addresses and the top of content/; every other language gets its own prefix and
 * folder (lib/content/locale-folder.ts). Dependency-free: routes and client leaves may use it.
 */
export const locales = ['en', 'de', 'fr'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';
