import type { Metadata } from 'next';
import { translator } from '@/lib/i18n/translator';
import { labelText } from '@/lib/labels/registry';
import type { Locale } from '@/lib/locales';
import { localePath, paths } from '@/lib/routes';

export function notFoundMetadata(locale: Locale): Metadata {
  return {
    title: translator(locale, 'site')('notFound.title'),
    robots: { index: false },
  };
}

/** The 404 page's words, in the edition the missing address was under, with ways back into it. */
export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'site');
  // TODO(labels): the edition's label once the registry reads by language.
  const withdraw = labelText('withdraw');
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">{t('notFound.title')}</h1>
      <p className="mt-4">{t('notFound.text')}</p>
      <ul className="mt-6 list-disc space-y-2 pl-5">
        <li>
          <a href={localePath(locale, paths.home)}>{t('notFound.home')}</a>
        </li>
        <li>
          <a href={localePath(locale, paths.troubleshoot)}>
            {t('notFound.troubleshoot', { withdraw })}
          </a>
        </li>
        <li>
          <a href={localePath(locale, paths.faq)}>{t('notFound.faq')}</a>
        </li>
      </ul>
    </div>
  );
}
