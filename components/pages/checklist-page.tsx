import { Checklist } from '@/components/checklist/checklist';
import { StaleNotice } from '@/components/translation/stale-notice';
import { SentInvitationsLink } from '@/components/guide/sent-invitations-link';
import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { mergeProvenance } from '@/lib/sources/provenance';
import { pageMetadata } from '@/lib/metadata';
import { loadPageCopy } from '@/lib/pages/load';
import { paths } from '@/lib/routes';
import { loadTroubleshooterPage } from '@/lib/troubleshooter/pages';

export function checklistMetadata(locale: Locale) {
  const { title, description } = loadTroubleshooterPage('checklist', locale).data;
  return pageMetadata({ title, description, path: paths.checklist, locale });
}

/** LinkedIn has no bulk withdraw: a list to work through, kept in this browser only. */
export function ChecklistPage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'pages');
  const page = loadTroubleshooterPage('checklist', locale);
  const shortcut = loadPageCopy('sent-list-shortcut', locale);
  const { title, description } = page.data;
  return (
    <div data-page-kind="checklist" className="max-w-prose space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
        <p className="text-lg text-muted">{description}</p>
      </header>
      <p>
        <SentInvitationsLink label={shortcut.data.title} locale={locale} />
      </p>
      <section
        data-no-js
        aria-labelledby="needs-javascript"
        className="rounded-xl border-2 border-warn p-5 [:root[data-js]_&]:hidden"
      >
        <h2 id="needs-javascript" className="text-lg font-bold">
          {t('checklist.noJsTitle')}
        </h2>
        <p className="mt-2">{t('checklist.noJsText')}</p>
      </section>
      <div data-js-only>
        <Checklist locale={locale} />
      </div>
      <p className="text-sm text-muted">{t('checklist.storedHere')}</p>
      <StaleNotice
        locale={locale}
        translations={[page.translation, shortcut.translation]}
        englishHref={paths.checklist}
      />
      <div className="leading-relaxed">
        <MdxContent source={page.body} locale={locale} />
      </div>
      <SourcesList {...mergeProvenance([page.data, shortcut.data])} locale={locale} />
    </div>
  );
}
