import type { Provenance } from '@/lib/content/common-schema';
import { formatDay } from '@/lib/format-day';

/** An answer's provenance in one line: the full <SourcesList> would outweigh a short answer. */
export function FaqSources({ sources, lastChecked }: Provenance) {
  return (
    <p className="mt-4 text-sm text-muted">
      Source{sources.length > 1 ? 's' : ''}:{' '}
      {sources.map((source, i) => (
        <span key={source.url + source.title}>
          {i > 0 && '; '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        </span>
      ))}
      . Last checked <time dateTime={lastChecked}>{formatDay(lastChecked)}</time>.
    </p>
  );
}
