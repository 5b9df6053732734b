import { labelIdsIn, screenLastSeen } from '@/lib/labels/freshness';
import type { Platform } from '@/lib/platform/platforms';
import { formatSeen } from '@/lib/sources/citation';

/**
 * When LinkedIn's screen for these words was last seen, and by whom: derived from the labels
 * the words name (content/labels.ts), never typed. Nothing when none of them is dated.
 */
export function ScreenSeen({ body, platform }: { body: string; platform: Platform }) {
  const seen = screenLastSeen(labelIdsIn(body), platform);
  if (!seen) return null;
  return (
    <p className="text-sm text-muted" data-screen-seen={seen.seen}>
      LinkedIn’s screen last seen {formatSeen(seen.seen)}, by {seen.by}.
    </p>
  );
}
