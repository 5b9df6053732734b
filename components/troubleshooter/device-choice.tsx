import { SuggestionBadge } from '@/components/platform-picker/suggestion-badge';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { platforms } from '@/lib/platform/platforms';
import { platformNames } from '@/lib/platform/names';
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
export function DeviceChoice({ locale }: { locale: Locale }) {
  const t = translator(locale, 'troubleshooter');
  const { names } = platformNames(locale);
  return (
    <section
      aria-labelledby="device-question"
      data-js-only
      className="rounded-xl border border-border p-5 [:root[data-platform-source=chosen]_&]:hidden"
    >
      <h2 id="device-question" className="text-lg font-bold">
        {t('deviceQuestion')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('deviceHint')}</p>
      <ul className="mt-3 flex flex-wrap gap-3">
        {platforms.map((platform) => (
          <li
            key={platform}
            data-platform-option={platform}
            className="flex rounded-lg border-2 border-border"
          >
            <a
              href={`${localePath(locale, paths.troubleshoot)}?platform=${platform}`}
              className="flex flex-col gap-1 rounded-md px-4 py-2 font-semibold text-fg no-underline hover:bg-surface"
            >
              {names[platform]}
              <SuggestionBadge locale={locale} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
