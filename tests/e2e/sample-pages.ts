import path from 'node:path';
import { htmlPages } from '../../scripts/lib/export.mjs';
import { defaultLocale, locales, type Locale } from '@/lib/locales';

/**
 * One page of each kind (scripts/budgets.mjs names the kinds; every page of a kind is built by
 * the same components), as English paths. The browser checks that hold for any page (the page
 * sweep: layout shift, CSP, reflow, axe in the dark theme; the failed-script cases) run on
 * these. A new kind of page adds its row here: page-sweep.spec.ts fails until the table has one
 * page of every kind the export has.
 */
export const samplePaths = [
  { kind: 'home', path: '/' },
  // Any unknown address gets the 404 page, with status 404; its file is `404.html`.
  { kind: '404', path: '/no-such-page', exported: '/404' },
  { kind: 'checklist', path: '/checklist' },
  { kind: 'faq', path: '/faq' },
  { kind: 'wizard', path: '/from-profile/android' },
  { kind: 'learn index', path: '/learn' },
  { kind: 'learn', path: '/learn/avoid-accidental-invitations' },
  { kind: 'troubleshooter question', path: '/troubleshoot' },
  { kind: 'troubleshooter outcome', path: '/troubleshoot/already-accepted' },
  { kind: 'troubleshooter map', path: '/troubleshoot/map' },
] as const;

export interface SamplePage {
  locale: Locale;
  kind: string;
  /** The address to load: the English path, under `/<locale>` for every other language. */
  route: string;
  /** The page in out/ that answers it (the same as `route` but for the 404 page). */
  exported: string;
  /** Status the server answers with: 404 for the 404 page, else 200. */
  status: number;
}

/** `path` in `locale`'s edition: English unprefixed, every other language under `/<locale>`. */
export function localized(locale: Locale, path: string): string {
  if (locale === defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The sample pages of one language. */
export function samplePagesIn(locale: Locale): SamplePage[] {
  return samplePaths.map((row) => ({
    locale,
    kind: row.kind,
    route: localized(locale, row.path),
    exported: localized(locale, 'exported' in row ? row.exported : row.path),
    status: row.kind === '404' ? 404 : 200,
  }));
}

/**
 * The sample pages of every language in lib/locales.ts: a language added there adds its rows
 * here (`/de/…`, `/fr/…` of the same paths), and so to every check driven by this table.
 */
export const samplePages: SamplePage[] = locales.flatMap((locale) => samplePagesIn(locale));

let exported: { route: string; html: string }[] | undefined;

/** The HTML out/ holds for a sample page (to read which scripts it loads, for instance). */
export function exportedHtml(page: SamplePage): string {
  exported ??= htmlPages(path.resolve('out'));
  const found = exported.find(({ route }) => route === page.exported);
  if (!found) throw new Error(`${page.exported} is not in out/: run "npm run build" first`);
  return found.html;
}
