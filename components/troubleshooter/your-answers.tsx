import Link from 'next/link';
import type { TrailItem } from '@/lib/troubleshooter/load';
import { nodeHref } from '@/lib/troubleshooter/load';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { localePath, paths } from '@/lib/routes';

/**
 * The answers that led to this page, each with a Change link back to its question, and Start
 * again. Known at build time because every node has exactly one route to it.
 */
export function YourAnswers({ trail, locale }: { trail: readonly TrailItem[]; locale: Locale }) {
  const t = translator(locale, 'troubleshooter');
  return (
    <section aria-labelledby="your-answers" className="rounded-xl bg-surface p-5">
      <h2 id="your-answers" className="text-lg font-bold">
        {t('yourAnswers')}
      </h2>
      <dl className="mt-2 divide-y divide-border">
        {trail.map((step) => (
          <div
            key={step.questionId}
            data-trail-step={step.questionId}
            className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3"
          >
            <dt className="w-full text-sm text-muted">{step.questionTitle}</dt>
            <dd className="font-semibold">{step.answerLabel}</dd>
            <dd>
              <Link
                href={localePath(locale, nodeHref(step.questionId))}
                aria-label={t('changeLabel', { question: step.questionTitle })}
              >
                {t('change')}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3">
        <Link href={localePath(locale, paths.troubleshoot)}>{t('startAgain')}</Link>
      </p>
    </section>
  );
}
