import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { citationText } from '@/lib/sources/citation';
import { archivedOnly, lastCheckedOf, type Provenance } from '@/lib/sources/provenance';
import { formatDay } from '@/lib/format-day';

/** An answer's provenance in one line: the full <SourcesList> would outweigh a short answer. */
export function FaqSources({ sources, locale }: Provenance & { locale: Locale }) {
  const t = translator(locale, 'sources');
  const lastChecked = lastCheckedOf(sources);
  return (
    <p className="mt-4 text-sm text-muted">
      {t('faqLead', { count: sources.length })}{' '}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 && '; '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {citationText(source, locale)}
          </a>
        </span>
      ))}
      .{' '}
      {t.rich('lastChecked', {
        date: formatDay(lastChecked, locale),
        time: (day) => <time dateTime={lastChecked}>{day}</time>,
      })}
      {archivedOnly(sources) && t('archivedOnly')}.
    </p>
  );
}
