import { SuggestionBadge } from './suggestion-badge';
import { defaultLocale, type Locale } from '@/lib/locales';
import { flowPath, localePath, type FlowKind } from '@/lib/routes';
import { platformLabels, platforms, type Platform } from '@/lib/platform/platforms';

const hints: Record<Platform, string> = {
  desktop: 'Chrome, Edge, Safari or Firefox on a computer',
  ios: 'The LinkedIn app on an iPhone or iPad',
  android: 'The LinkedIn app on an Android phone or tablet',
};

/**
 * One kind's three guides as plain links. The head script marks the person's device (or last
 * choice) on <html>; CSS moves that choice first and badges it, in every picker on the page,
 * so the suggestion appears with the first paint, needs no client JavaScript, and is never
 * forced. `label` names the navigation: a page with two pickers tells them apart by it.
 */
export function PlatformPicker({
  kind = 'withdraw',
  label = 'Choose your device',
  stepCounts,
  locale = defaultLocale,
}: {
  kind?: FlowKind;
  label?: string;
  stepCounts: Record<Platform, number>;
  locale?: Locale;
}) {
  return (
    <nav aria-label={label}>
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
              <SuggestionBadge />
              <span className="text-xl font-bold text-accent underline underline-offset-2">
                {platformLabels[platform]}
              </span>
              <span className="text-sm text-muted">{hints[platform]}</span>
              <span className="text-sm text-muted">
                {stepCounts[platform]} steps · under a minute
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
