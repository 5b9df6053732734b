import { formatDay } from '@/lib/format-day';
import type { Source } from './registry';

/** A month (2025-12) or a day (2026-09-02) as the page shows it. */
export function formatSeen(date: string): string {
  if (date.length === 10) return formatDay(date);
  return new Date(`${date}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * What a page shows for a source: its kind and date, then its title, e.g. "LinkedIn Help
 * (archived, reviewed 31 August 2015): Canceling an Invitation".
 */
export function citationText(source: Source): string {
  const seen = source.seen ? formatSeen(source.seen) : undefined;
  switch (source.kind) {
    case 'linkedin-help':
      return `LinkedIn Help${seen ? ` (${seen})` : ''}: ${source.title}`;
    case 'linkedin-help-archived':
      return `LinkedIn Help (archived, reviewed ${formatDay(source.version)}): ${source.title}`;
    case 'field-notes':
      return `Field notes from a real account, ${seen ?? 'undated'}: ${source.title}`;
    case 'page-code':
      return `Code that reads LinkedIn’s pages${seen ? `, ${seen}` : ''}: ${source.title}`;
    case 'third-party-how-to':
      return `Third-party how-to, ${seen ?? 'undated'}: ${source.title}`;
    case 'platform-help':
      return source.title;
  }
}
