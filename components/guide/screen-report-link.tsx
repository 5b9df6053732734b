import { labelIdsIn, screenLastSeen } from '@/lib/labels/freshness';
import type { Platform } from '@/lib/platform/platforms';
import { screenReportHref } from '@/lib/screen-report';

/** "Tell us what your screen shows": a prefilled report about this step (and variant). */
export function ScreenReportLink({
  page,
  step,
  variant,
  body,
  platform,
  today = new Date(),
}: {
  page: string;
  step: string;
  variant?: string;
  /** The words of the step (or variant), whose labels date the screen. */
  body: string;
  platform: Platform;
  today?: Date;
}) {
  const href = screenReportHref({
    page,
    step,
    variant,
    platform,
    built: today.toISOString().slice(0, 10),
    lastSeen: screenLastSeen(labelIdsIn(body), platform)?.seen,
  });
  return <a href={href}>Tell us what your screen shows</a>;
}
