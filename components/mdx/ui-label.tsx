import { isStale, newestSighting } from '@/lib/labels/freshness';
import { labelOf, shownLabel } from '@/lib/labels/registry';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Platform } from '@/lib/platform/platforms';
import { translator } from '@/lib/i18n/translator';
import { formatSeen } from '@/lib/sources/citation';
import type { ContentComponentProps } from './props';

/**
 * A LinkedIn label named by its id (content/labels.ts), in bold as the guide prints labels:
 * the text for the page's platform (set by <MdxContent platform> or <PlatformOnly>), else the
 * website's. A label nobody has seen for over a year says so beside it. The content check has
 * already held `id` to the registry. `today` is the build's day unless a test sets one.
 *
 * On a page in another language (`locale`, set by <MdxContent locale>): where a dated source
 * shows LinkedIn's label in that language on the page's surface, that text, and on its `first`
 * occurrence in the step (lib/labels/first-labels.ts) LinkedIn's English one beside it, for
 * people who use LinkedIn in English; where none does, the English label, and on its first
 * occurrence a plain note that their screen shows it in their LinkedIn's language. An English
 * page renders as it always did.
 */
export function UiLabel({
  id,
  platform,
  locale = defaultLocale,
  first = false,
  today = new Date(),
}: ContentComponentProps<'UI'> & {
  platform?: Platform;
  locale?: Locale;
  first?: boolean;
  today?: Date;
}) {
  const shown = shownLabel(id, platform, locale);
  const newest = newestSighting(labelOf(id), platform, locale);
  const stale = newest && isStale(newest.seen, today);
  if (locale === defaultLocale) {
    return (
      <>
        <strong data-label={id}>{shown.text}</strong>
        {stale && (
          <span className="text-sm text-muted"> (not seen since {formatSeen(newest.seen)})</span>
        )}
      </>
    );
  }
  const t = translator(locale, 'labels');
  return (
    <>
      <strong data-label={id} lang={shown.inLocale ? undefined : 'en'}>
        {shown.text}
      </strong>
      {first && shown.inLocale && shown.text !== shown.english && (
        <span data-label-english="">
          {' '}
          ({t('english')} <strong lang="en">{shown.english}</strong>)
        </span>
      )}
      {first && !shown.inLocale && <span data-label-note=""> {t('inYourLanguage')}</span>}
      {stale && (
        <span className="text-sm text-muted">
          {' '}
          ({t('notSeenSince', { date: formatSeen(newest.seen) })})
        </span>
      )}
    </>
  );
}

type UiProps = ContentComponentProps<'UI'> & { first?: boolean; platform?: Platform };
const pageLabels = new WeakSet<object>();

/**
 * The <UI> a page's MDX renders with: UiLabel told the page's platform and language, and which
 * labels an earlier part of the step already named. <PlatformOnly> can still tell it a
 * passage's platform (isUiLabel).
 */
export function pageUiLabel(
  platform: Platform | undefined,
  locale: Locale,
  named: readonly string[],
) {
  const PageUiLabel = ({ first, platform: passage, ...props }: UiProps) => (
    <UiLabel
      {...props}
      platform={passage ?? platform}
      locale={locale}
      first={first === true && !named.includes(props.id)}
    />
  );
  pageLabels.add(PageUiLabel);
  return PageUiLabel;
}

/** Whether a rendered element's type is a LinkedIn label (UiLabel, or a page's). */
export function isUiLabel(type: unknown): boolean {
  return type === UiLabel || (typeof type === 'function' && pageLabels.has(type));
}
