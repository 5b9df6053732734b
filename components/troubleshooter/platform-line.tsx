import { Fragment } from 'react';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { platformNames } from '@/lib/platform/names';
import { localePath } from '@/lib/routes';

/**
 * "Instructions for: iPhone or iPad · Change to Desktop or Android" (or "Your device: …" on
 * a page whose words are the same for every device), so the device can be changed from any
 * page of the troubleshooter. One line per platform; the CSS that shows only the person's
 * <PlatformOnly> passages shows only the matching line. The links are plain GET links that
 * set ?platform=, which the head script stores as the person's choice: they work before and
 * without hydration. Hidden without JavaScript, when no device is known and every platform's
 * passage shows anyway; `onlyOnceChosen` also hides it while the device is only a guess (the
 * entry page asks the device question then).
 */
export function PlatformLine({
  path,
  instructions,
  onlyOnceChosen = false,
  locale,
}: {
  path: string;
  /** Whether the page's words differ by platform ("Instructions for") or not ("Your device"). */
  instructions: boolean;
  onlyOnceChosen?: boolean;
  locale: Locale;
}) {
  const t = translator(locale, 'troubleshooter');
  const { names, shortNames } = platformNames(locale);
  const here = localePath(locale, path);
  const others = (platform: Platform) => platforms.filter((other) => other !== platform);
  return (
    <p
      data-js-only
      data-print-hidden
      data-device-line
      className={`rounded-lg border border-border px-4 py-2 text-sm${
        onlyOnceChosen ? ' [:root:not([data-platform-source=chosen])_&]:hidden' : ''
      }`}
    >
      {platforms.map((platform) => (
        <span key={platform} data-platform-only={platform}>
          {instructions ? t('instructionsFor') : t('yourDevice')} <strong>{names[platform]}</strong>
          {' · '}
          {t('changeTo')}{' '}
          {others(platform).map((other, i) => (
            <Fragment key={other}>
              {i > 0 && ` ${t('or')} `}
              <a href={`${here}?platform=${other}`}>{shortNames[other]}</a>
            </Fragment>
          ))}
        </span>
      ))}
    </p>
  );
}
