import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';

/**
 * The badge on the suggested platform choice. It is always rendered; CSS in globals.css shows
 * it only inside the [data-platform-option] matching <html data-platform>, and picks the
 * wording from data-platform-source (detected device, or the person's last choice).
 */
export function SuggestionBadge({ locale }: { locale: Locale }) {
  const t = translator(locale, 'platforms');
  return (
    <span
      data-suggestion
      className="w-fit rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-fg"
    >
      <span data-when="detected">{t('suggested')}</span>
      <span data-when="chosen">{t('lastChoice')}</span>
    </span>
  );
}
