import { translator } from './i18n/translator';
import { defaultLocale, type Locale } from './locales';
import { site } from './site';

export interface ScreenReport {
  /** The page's path, e.g. /guide/ios/open-sent (or /de/guide/ios/open-sent). */
  page: string;
  step: string;
  variant?: string;
  platform: string;
  /** The day the page was built, YYYY-MM-DD. */
  built: string;
  /** When the guide's evidence last saw this screen, if it knows. */
  lastSeen?: string;
}

/**
 * The prefilled report a step page links to (site.screenReportAddress): which page, step,
 * variant and platform, and the dates, in its subject and body, worded in the page's language
 * (the ids and dates stay as they are, for whoever reads the reports). Built into the page, so
 * it works with JavaScript off.
 */
export function screenReportHref(report: ScreenReport, locale: Locale = defaultLocale): string {
  const t = translator(locale, 'guide');
  const where = `${report.platform} · ${report.step}${report.variant ? ` · ${report.variant}` : ''}`;
  const body = [
    t('screenReport.page', { value: `${site.baseUrl}${report.page}` }),
    t('screenReport.step', { value: report.step }),
    t('screenReport.variant', { value: report.variant ?? t('screenReport.noVariant') }),
    t('screenReport.platform', { value: report.platform }),
    t('screenReport.built', { value: report.built }),
    t('screenReport.lastSeen', { value: report.lastSeen ?? t('screenReport.unknown') }),
    '',
    t('screenReport.instead'),
    '',
  ].join('\n');
  return `${site.screenReportAddress}?subject=${encodeURIComponent(t('screenReport.subject', { where }))}&body=${encodeURIComponent(body)}`;
}
