import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { AnswerList } from '@/components/troubleshooter/answer-list';
import { DeviceChoice } from '@/components/troubleshooter/device-choice';
import { PlatformLine } from '@/components/troubleshooter/platform-line';
import { StepNote } from '@/components/troubleshooter/step-note';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { pageMetadata } from '@/lib/metadata';
import { localePath, paths } from '@/lib/routes';
import { guideSteps } from '@/lib/troubleshooter/guide-steps';
import { getNode, loadTroubleshooter } from '@/lib/troubleshooter/load';
import { labelText } from '@/lib/labels/registry';

export function troubleshootMetadata(locale: Locale) {
  const t = translator(locale, 'pages');
  const withdraw = labelText('withdraw', undefined, locale);
  return pageMetadata({
    title: t('troubleshoot.title', { withdraw }),
    description: t('troubleshoot.description', { withdraw }),
    path: paths.troubleshoot,
    locale,
  });
}

/**
 * The way in, and the first question's only page (nodeHref(start) leads here): the device
 * question (only while the device is a guess), the guide step the person came from, and the
 * first question with its answers.
 */
export function TroubleshootPage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'pages');
  const start = getNode(loadTroubleshooter(locale).start, locale);
  const { sources } = start.provenance;
  return (
    <div data-page-kind="question" className="max-w-prose space-y-8">
      <header className="space-y-3">
        <h1 id="page-title" tabIndex={-1} className="text-3xl font-bold sm:text-4xl">
          {t('troubleshoot.heading', { withdraw: labelText('withdraw', undefined, locale) })}
        </h1>
        <p className="text-lg text-muted">{t('troubleshoot.lead')}</p>
      </header>
      <StepNote steps={guideSteps(locale)} locale={locale} />
      <DeviceChoice locale={locale} />
      <PlatformLine
        path={localePath(locale, paths.troubleshoot)}
        instructions={start.platformSpecific}
        onlyOnceChosen
        locale={locale}
      />
      <section aria-labelledby="start-question" className="space-y-4">
        <h2 id="start-question" className="text-2xl font-bold">
          {start.text.data.title}
        </h2>
        <div className="leading-relaxed">
          <MdxContent source={start.body} locale={locale} />
        </div>
        <AnswerList answers={start.answers} locale={locale} />
      </section>
      <p className="text-sm">
        <a href={localePath(locale, paths.troubleshootMap)}>{t('troubleshoot.mapLink')}</a>
      </p>
      <SourcesList sources={sources} locale={locale} />
    </div>
  );
}
