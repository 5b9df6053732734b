import { labelIdsIn, screenLastSeen, seenBy } from '@/lib/labels/freshness';
import { surfaceOf } from '@/lib/labels/registry';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { formatSeen } from '@/lib/sources/citation';
import type { SourceKind } from '@/lib/sources/registry';

/** Who saw the screen, as the sources catalog words it: freshness.ts gives it in English. */
function kindOf(by: string): SourceKind | 'unknown' {
  const kind = (Object.keys(seenBy) as SourceKind[]).find((key) => seenBy[key] === by);
  return kind ?? 'unknown';
}

/**
 * When LinkedIn's screen for these words was last seen, and by whom: derived from the labels
 * the words name (content/labels.ts), never typed. Nothing when none of them is dated.
 */
export function ScreenSeen({
  body,
  platform,
  locale,
}: {
  body: string;
  platform: Platform;
  locale: Locale;
}) {
  const seen = screenLastSeen(labelIdsIn(body), platform, undefined, locale);
  if (!seen) return null;
  const t = translator(locale, 'sources');
  // An app page whose labels were only seen on the website says so: the app is unconfirmed.
  const where = seen.on === surfaceOf(platform) ? '' : ` ${t(`surfaces.${seen.on}`)}`;
  return (
    <p className="text-sm text-muted" data-screen-seen={seen.seen}>
      {t('screenSeen', {
        date: formatSeen(seen.seen, locale),
        where,
        by: t(`seenBy.${kindOf(seen.by)}`),
      })}
    </p>
  );
}
