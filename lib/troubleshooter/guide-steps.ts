import { loadFlow } from '@/lib/guides/load';
import { defaultLocale, type Locale } from '@/lib/locales';
import { flowKinds, flowPath, localePath } from '@/lib/routes';
import { platforms } from '@/lib/platform/platforms';
import type { GuideStep } from './guide-step';

/**
 * Every guide step a "This doesn't match my screen" link can name, for the entry page's note:
 * in one edition, its titles and its addresses.
 */
export function guideSteps(locale: Locale = defaultLocale): GuideStep[] {
  return flowKinds.flatMap((flow) =>
    platforms.flatMap((platform) =>
      loadFlow(flow, platform, locale).steps.map((step, i) => ({
        flow,
        platform,
        id: step.id,
        title: step.title,
        number: i + 1,
        href: localePath(locale, flowPath(flow, platform, step.id)),
      })),
    ),
  );
}
