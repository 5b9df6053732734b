import { SuggestionBadge } from '@/components/platform-picker/suggestion-badge';
import { platformLabels, platforms } from '@/lib/platform/platforms';
import { defaultLocale, type Locale } from '@/lib/locales';
import { localePath, paths } from '@/lib/routes';

/**
 * "Which device are you using?", asked only while the platform is a guess: the head script
 * marks a chosen platform (from a guide's link or an earlier choice) on <html>, and the
 * arbitrary variant below hides the question then. Each device reloads this same page with
 * ?platform=, which the head script stores, so the first question stays right here with
 * the device question gone. The detected device is badged by the shared
 * [data-platform-option] CSS. Hidden without JavaScript, when every platform's instructions
 * show anyway.
 */
export function DeviceChoice({ locale = defaultLocale }: { locale?: Locale }) {
  return (
    <section
      aria-labelledby="device-question"
      data-js-only
      className="rounded-xl border border-border p-5 [:root[data-platform-source=chosen]_&]:hidden"
    >
      <h2 id="device-question" className="text-lg font-bold">
        Which device are you using?
      </h2>
      <p className="mt-1 text-sm text-muted">
        So the answers show the right instructions. You can change it on any page.
      </p>
      <ul className="mt-3 flex flex-wrap gap-3">
        {platforms.map((platform) => (
          <li
            key={platform}
            data-platform-option={platform}
            className="flex rounded-lg border-2 border-border"
          >
            <a
              href={localePath(locale, `${paths.troubleshoot}?platform=${platform}`)}
              className="flex flex-col gap-1 rounded-md px-4 py-2 font-semibold text-fg no-underline hover:bg-surface"
            >
              {platformLabels[platform]}
              <SuggestionBadge />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
