import { labelIdsIn, screenLastSeen } from '@/lib/labels/freshness';
import { surfaceOf, type Surface } from '@/lib/labels/registry';
import type { Platform } from '@/lib/platform/platforms';
import { formatSeen } from '@/lib/sources/citation';

const surfaceNames: Record<Surface, string> = {
  web: 'on the website',
  ios: 'in the iPhone app',
  android: 'in the Android app',
};

/**
 * When LinkedIn's screen for these words was last seen, and by whom: derived from the labels
 * the words name (content/labels.ts), never typed. Nothing when none of them is dated.
 */
export function ScreenSeen({ body, platform }: { body: string; platform: Platform }) {
  const seen = screenLastSeen(labelIdsIn(body), platform);
  if (!seen) return null;
  // An app page whose labels were only seen on the website says so: the app is unconfirmed.
  const elsewhere = seen.on === surfaceOf(platform) ? '' : ` ${surfaceNames[seen.on]}`;
  return (
    <p className="text-sm text-muted" data-screen-seen={seen.seen}>
      LinkedIn’s screen last seen {formatSeen(seen.seen)}
      {elsewhere}, by {seen.by}.
    </p>
  );
}
