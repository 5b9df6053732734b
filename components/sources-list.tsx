import { citationText } from '@/lib/sources/citation';
import { archivedOnly, lastCheckedOf, type Provenance } from '@/lib/sources/provenance';
import { formatDay } from '@/lib/format-day';

/** Where a page's facts come from and when someone last checked them against their sources. */
export function SourcesList({ sources }: Provenance) {
  const lastChecked = lastCheckedOf(sources);
  return (
    <aside aria-label="Sources" className="mt-10 border-t border-border pt-4 text-sm text-muted">
      <h2 className="font-semibold text-fg">Sources</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {citationText(source)}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        Last checked <time dateTime={lastChecked}>{formatDay(lastChecked)}</time>
        {archivedOnly(sources) && ', against archived pages only'}
      </p>
    </aside>
  );
}
