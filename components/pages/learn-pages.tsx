import type { Metadata } from 'next';
import { StaleNotice } from '@/components/translation/stale-notice';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { translator } from '@/lib/i18n/translator';
import { loadLearnPages } from '@/lib/learn/load';
import type { Locale } from '@/lib/locales';
import { pageMetadata } from '@/lib/metadata';
import { learnPath, localePath, paths } from '@/lib/routes';

export function learnIndexMetadata(locale: Locale) {
  const t = translator(locale, 'pages');
  return pageMetadata({
    title: t('learn.title'),
    description: t('learn.description'),
    path: paths.learn,
    locale,
  });
}

export function LearnIndexPage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'pages');
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">{t('learn.title')}</h1>
      <p className="mt-3 text-lg text-muted">
        {t.rich('learn.lead', {
          guide: (chunks) => <a href={localePath(locale, paths.home)}>{chunks}</a>,
        })}
      </p>
      <ul className="mt-8 space-y-6">
        {loadLearnPages(locale).map((page) => (
          <li key={page.id}>
            <h2 className="text-xl font-bold">
              <a href={localePath(locale, learnPath(page.id))}>{page.data.title}</a>
            </h2>
            <p className="mt-1 text-muted">{page.data.description}</p>
          </li>
        ))}
      </ul>
      <p className="mt-10">
        {t.rich('learn.more', {
          faq: (chunks) => <a href={localePath(locale, paths.faq)}>{chunks}</a>,
        })}
      </p>
    </div>
  );
}

/** The learn pages' slugs: the same in every edition. */
export function learnParams() {
  return loadLearnPages().map((page) => ({ slug: page.id }));
}

function findPage(slug: string, locale: Locale) {
  return loadLearnPages(locale).find((page) => page.id === slug);
}

export function learnMetadata(slug: string, locale: Locale): Metadata {
  const page = findPage(slug, locale);
  if (!page) return {};
  return pageMetadata({
    title: page.data.title,
    description: page.data.description,
    path: learnPath(page.id),
    locale,
  });
}

export function LearnPage({ slug, locale }: { slug: string; locale: Locale }) {
  const page = findPage(slug, locale);
  if (!page) notFound();
  return (
    <article className="max-w-prose">
      <p className="text-sm">
        <a href={localePath(locale, paths.learn)}>{translator(locale, 'pages')('learn.title')}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{page.data.title}</h1>
      <p className="mt-3 text-lg text-muted">{page.data.description}</p>
      <StaleNotice
        locale={locale}
        translations={[page.translation]}
        englishHref={learnPath(page.id)}
      />
      <div className="mt-6 leading-relaxed">
        <MdxContent source={page.body} locale={locale} />
      </div>
      <SourcesList sources={page.data.sources} locale={locale} />
    </article>
  );
}
