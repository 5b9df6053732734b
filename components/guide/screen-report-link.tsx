import { labelIdsIn, screenLastSeen } from '@/lib/labels/freshness';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { screenReportHref } from '@/lib/screen-report';

/** "Tell us what your screen shows": a prefilled report about this step (and variant). */
export function ScreenReportLink({
  page,
  step,
  variant,
  body,
  platform,
  locale,
  today = new Date(),
}: {
  /** The step's page, in the page's edition (/de/guide/ios/open-sent). */
  page: string;
  step: string;
  variant?: string;
  /** The words of the step (or variant), whose labels date the screen. */
  body: string;
  platform: Platform;
  locale: Locale;
  today?: Date;
}) {
  const href = screenReportHref(
    {
      page,
      step,
      variant,
      platform,
      built: today.toISOString().slice(0, 10),
      lastSeen: screenLastSeen(labelIdsIn(body), platform, undefined, locale)?.seen,
    },
    locale,
  );
  return <a href={href}>{translator(locale, 'guide')('report')}</a>;
}
