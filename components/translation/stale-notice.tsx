import 'server-only';
import type { Translation } from '@/lib/content/translation';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';

/**
 * Said plainly on a translated page whose English file changed since it was translated
 * (lib/content/translation.ts): the English page may say something newer. Nothing when the
 * translation is current, or on an English page.
 */
export function StaleNotice({
  locale,
  translations,
  englishHref,
}: {
  locale: Locale;
  /** The translation status of every file the page shows. */
  translations: readonly (Translation | undefined)[];
  englishHref: string;
}) {
  if (!translations.some((translation) => translation?.stale)) return null;
  const t = translator(locale, 'translation');
  return (
    <p role="note" className="my-4 rounded-lg border-l-4 border-warn bg-surface px-4 py-3">
      {t('behind')}{' '}
      <a href={englishHref} hrefLang="en" className="underline">
        {t('readEnglish')}
      </a>
    </p>
  );
}
