import { site } from './site';

export interface ScreenReport {
  /** The page's path, e.g. /guide/ios/open-sent. */
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
 * variant and platform, and the dates, in its subject and body. Built into the page, so it
 * works with JavaScript off.
 */
export function screenReportHref(report: ScreenReport): string {
  const where = `${report.platform} · ${report.step}${report.variant ? ` · ${report.variant}` : ''}`;
  const body = [
    `Page: ${site.baseUrl}${report.page}`,
    `Step: ${report.step}`,
    `Variant: ${report.variant ?? '(none)'}`,
    `Platform: ${report.platform}`,
    `Page built: ${report.built}`,
    `Screen last seen in the guide's evidence: ${report.lastSeen ?? 'unknown'}`,
    '',
    'What my screen shows instead (the words on the buttons help most):',
    '',
  ].join('\n');
  return `${site.screenReportAddress}?subject=${encodeURIComponent(`Unsend: my screen doesn't match (${where})`)}&body=${encodeURIComponent(body)}`;
}
