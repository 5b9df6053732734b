import { citationText } from '@/lib/sources/citation';
import { archivedOnly, lastCheckedOf, type Provenance } from '@/lib/sources/provenance';
import { formatDay } from '@/lib/format-day';

/** An answer's provenance in one line: the full <SourcesList> would outweigh a short answer. */
export function FaqSources({ sources }: Provenance) {
  const lastChecked = lastCheckedOf(sources);
  return (
    <p className="mt-4 text-sm text-muted">
      Source{sources.length > 1 ? 's' : ''}:{' '}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 && '; '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {citationText(source)}
          </a>
        </span>
      ))}
      . Last checked <time dateTime={lastChecked}>{formatDay(lastChecked)}</time>
      {archivedOnly(sources) && ', against archived pages only'}.
    </p>
  );
}
