import { isStale, newestSighting } from '@/lib/labels/freshness';
import { labelOf, labelText } from '@/lib/labels/registry';
import type { Platform } from '@/lib/platform/platforms';
import { formatSeen } from '@/lib/sources/citation';
import type { ContentComponentProps } from './props';

/**
 * A LinkedIn label named by its id (content/labels.ts), in bold as the guide prints labels:
 * the text for the page's platform (set by <MdxContent platform> or <PlatformOnly>), else the
 * website's. A label nobody has seen for over a year says so beside it. The content check has
 * already held `id` to the registry. `today` is the build's day unless a test sets one.
 */
export function UiLabel({
  id,
  platform,
  today = new Date(),
}: ContentComponentProps<'UI'> & { platform?: Platform; today?: Date }) {
  const newest = newestSighting(labelOf(id), platform);
  return (
    <>
      <strong data-label={id}>{labelText(id, platform)}</strong>
      {newest && isStale(newest.seen, today) && (
        <span className="text-sm text-muted"> (not seen since {formatSeen(newest.seen)})</span>
      )}
    </>
  );
}
