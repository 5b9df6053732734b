import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { platformNames } from '@/lib/platform/names';
import type { GuideStep } from '@/lib/troubleshooter/guide-step';
import { StepNoteText } from './step-note-text';

export { stepFromQuery } from './step-note-text';

/**
 * The note naming the guide step a "This doesn't match my screen" link came from: each step's
 * sentence is written here, in the page's language, and the browser shows the one its query
 * names (step-note-text.tsx).
 */
export function StepNote({ steps, locale }: { steps: readonly GuideStep[]; locale: Locale }) {
  const t = translator(locale, 'troubleshooter');
  const { names } = platformNames(locale);
  const noted = steps.map((step) => ({
    ...step,
    note: t('stepNote', {
      number: step.number,
      title: step.title,
      guide: step.flow === 'withdraw' ? t('guides.withdraw') : t('guides.removeConnection'),
      platform: names[step.platform],
    }),
  }));
  return <StepNoteText steps={noted} back={t('stepNoteBack')} />;
}
