import { MdxContent } from '@/components/mdx/mdx-content';
import { Screen } from '@/components/screen/screen';
import type { Step } from '@/lib/guides/schema';
import { labelIdsIn } from '@/lib/labels/freshness';
import { translator } from '@/lib/i18n/translator';
import { screenWords } from '@/lib/screens/words';
import type { Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { stepHeadingId } from '@/lib/routes';
import { ScreenReportLink } from './screen-report-link';
import { ScreenSeen } from './screen-seen';
import { StepVariants } from './step-variants';
import { VariantPanel } from './variant-panel';

/**
 * One step, rendered on the server: number, heading, picture and instructions (or the shared
 * instructions, then the person's choice of what their screen shows), an exit for mismatches.
 */
export function StepPanel({
  step,
  number,
  platform,
  flowPath,
  mismatchHref,
  locale,
}: {
  step: Step;
  number: number;
  platform: Platform;
  /** The flow's URL in the page's edition: what a variant choice is remembered under. */
  flowPath: string;
  mismatchHref: string;
  locale: Locale;
}) {
  const t = translator(locale, 'guide');
  const text = (
    <div className="max-w-prose space-y-3 leading-relaxed">
      <MdxContent source={step.body} platform={platform} locale={locale} />
      <ScreenSeen body={step.body} platform={platform} locale={locale} />
    </div>
  );
  return (
    <div className="space-y-4">
      <h2
        id={stepHeadingId(step.id)}
        tabIndex={-1}
        className="flex items-baseline gap-3 text-2xl font-bold"
      >
        <span
          aria-hidden="true"
          className="inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-accent text-base text-accent-fg"
        >
          {number}
        </span>
        <span>
          <span className="sr-only">{t('stepLabel', { number })}</span>
          {step.title}
        </span>
      </h2>
      {'variants' in step ? (
        <>
          {text}
          <StepVariants
            flow={flowPath}
            step={step.id}
            legend={t('variantsLegend')}
            options={step.variants.map((variant) => ({
              id: variant.id,
              label: variant.label,
              panel: (
                <VariantPanel
                  variant={variant}
                  platform={platform}
                  page={`${flowPath}/${step.id}`}
                  step={step.id}
                  locale={locale}
                  named={labelIdsIn(step.body)}
                />
              ),
            }))}
          />
        </>
      ) : (
        <>
          <Screen
            platform={platform}
            view={step.screen.view}
            highlight={step.screen.highlight}
            locale={locale}
            words={screenWords(locale)}
          />
          {text}
        </>
      )}
      <p className="text-sm" data-print-hidden>
        <a href={mismatchHref}>{t('mismatch')}</a>
        {!('variants' in step) && (
          <>
            {' · '}
            <ScreenReportLink
              page={`${flowPath}/${step.id}`}
              step={step.id}
              body={step.body}
              platform={platform}
              locale={locale}
            />
          </>
        )}
      </p>
    </div>
  );
}
