import { SuggestionBadge } from './suggestion-badge';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { flowPath, localePath, type FlowKind } from '@/lib/routes';
import { platforms, type Platform } from '@/lib/platform/platforms';

/**
 * One kind's three guides as plain links. The head script marks the person's device (or last
 * choice) on <html>; CSS moves that choice first and badges it, in every picker on the page,
 * so the suggestion appears with the first paint, needs no client JavaScript, and is never
 * forced. `label` names the navigation: a page with two pickers tells them apart by it
 * (in the page's language; "Choose your device" when not given).
 */
export function PlatformPicker({
  kind = 'withdraw',
  label,
  stepCounts,
  locale,
}: {
  kind?: FlowKind;
  label?: string;
  stepCounts: Record<Platform, number>;
  locale: Locale;
}) {
  const t = translator(locale, 'platforms');
  return (
    <nav aria-label={label ?? t('chooseDevice')}>
      <ul className="grid gap-4 sm:grid-cols-3">
        {platforms.map((platform) => (
          <li
            key={platform}
            data-platform-option={platform}
            className="flex rounded-xl border-2 border-border"
          >
            <a
              href={localePath(locale, flowPath(kind, platform))}
              className="flex w-full flex-col gap-2 rounded-lg p-5 text-fg no-underline hover:bg-surface"
            >
              <SuggestionBadge locale={locale} />
              <span className="text-xl font-bold text-accent underline underline-offset-2">
                {t(`names.${platform}`)}
              </span>
              <span className="text-sm text-muted">{t(`hints.${platform}`)}</span>
              <span className="text-sm text-muted">
                {t('stepCount', { count: stepCounts[platform] })}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
