import { MdxContent } from '@/components/mdx/mdx-content';
import { Screen } from '@/components/screen/screen';
import type { Variant } from '@/lib/guides/schema';
import { translator } from '@/lib/i18n/translator';
import { screenWords } from '@/lib/screens/words';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { ScreenReportLink } from './screen-report-link';
import { ScreenSeen } from './screen-seen';

/**
 * "If you see Show all", "If you see an arrow": an article reads in lower case mid-sentence
 * (the catalog's variantArticles lists the language's; none where its heading needs none).
 */
export function variantHeading(label: string, locale: Locale = defaultLocale): string {
  const t = translator(locale, 'guide');
  const articles = t('variantArticles');
  const lowered = articles
    ? label.replace(new RegExp(`^(${articles}) `), (article) => article.toLowerCase())
    : label;
  return t('variantHeading', { label: lowered });
}

/** One form of a step's screen, rendered on the server: its heading, evidence, picture, words. */
export function VariantPanel({
  variant,
  platform,
  page,
  step,
  locale,
  named,
}: {
  variant: Variant;
  platform: Platform;
  /** The step's page and id, which a report about this form of the screen names. */
  page: string;
  step: string;
  locale: Locale;
  /** The labels the step's shared words already named (explained there, not again here). */
  named: readonly string[];
}) {
  return (
    <div className="space-y-3">
      <h3 className="text-lg font-bold">{variantHeading(variant.label, locale)}</h3>
      <p className="text-sm text-muted">{variant.seen}</p>
      <Screen
        platform={platform}
        view={variant.screen.view}
        highlight={variant.screen.highlight}
        locale={locale}
        words={screenWords(locale)}
      />
      <div className="max-w-prose space-y-3 leading-relaxed">
        <MdxContent source={variant.body} platform={platform} locale={locale} named={named} />
        <ScreenSeen body={variant.body} platform={platform} locale={locale} />
        <p className="text-sm" data-print-hidden>
          <ScreenReportLink
            page={page}
            step={step}
            variant={variant.id}
            body={variant.body}
            platform={platform}
            locale={locale}
          />
        </p>
      </div>
    </div>
  );
}
