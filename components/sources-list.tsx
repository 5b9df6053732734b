import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { citationText } from '@/lib/sources/citation';
import { archivedOnly, lastCheckedOf, type Provenance } from '@/lib/sources/provenance';
import { formatDay } from '@/lib/format-day';

/** Where a page's facts come from and when someone last checked them against their sources. */
export function SourcesList({ sources, locale }: Provenance & { locale: Locale }) {
  const t = translator(locale, 'sources');
  const lastChecked = lastCheckedOf(sources);
  return (
    <aside
      aria-label={t('heading')}
      className="mt-10 border-t border-border pt-4 text-sm text-muted"
    >
      <h2 className="font-semibold text-fg">{t('heading')}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {citationText(source, locale)}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        {t.rich('lastChecked', {
          date: formatDay(lastChecked, locale),
          time: (day) => <time dateTime={lastChecked}>{day}</time>,
        })}
        {archivedOnly(sources) && t('archivedOnly')}
      </p>
    </aside>
  );
}
