import { MdxContent } from '@/components/mdx/mdx-content';
import { Screen } from '@/components/screen/screen';
import type { Variant } from '@/lib/guides/schema';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { ScreenReportLink } from './screen-report-link';
import { ScreenSeen } from './screen-seen';

/** "If you see Show all", "If you see an arrow": an article reads in lower case mid-sentence. */
export function variantHeading(label: string): string {
  return `If you see ${label.replace(/^(An?|The) /, (article) => article.toLowerCase())}`;
}

/** One form of a step's screen, rendered on the server: its heading, evidence, picture, words. */
export function VariantPanel({
  variant,
  platform,
  page,
  step,
  locale = defaultLocale,
}: {
  variant: Variant;
  platform: Platform;
  /** The step's page and id, which a report about this form of the screen names. */
  page: string;
  step: string;
  locale?: Locale;
}) {
  return (
    <div className="space-y-3">
      <h3 className="text-lg font-bold">{variantHeading(variant.label)}</h3>
      <p className="text-sm text-muted">{variant.seen}</p>
      <Screen platform={platform} view={variant.screen.view} highlight={variant.screen.highlight} />
      <div className="max-w-prose space-y-3 leading-relaxed">
        <MdxContent source={variant.body} platform={platform} locale={locale} />
        <ScreenSeen body={variant.body} platform={platform} />
        <p className="text-sm" data-print-hidden>
          <ScreenReportLink
            page={page}
            step={step}
            variant={variant.id}
            body={variant.body}
            platform={platform}
          />
        </p>
      </div>
    </div>
  );
}
