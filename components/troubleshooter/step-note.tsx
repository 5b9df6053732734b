import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { platformNames } from '@/lib/platform/names';
import type { GuideStep } from '@/lib/troubleshooter/guide-step';
import { StepNoteText } from './step-note-text';

export { stepFromQuery } from './step-note-text';

/**
 * The note naming the guide step a "This doesn't match my screen" link came from, worded in
 * the page's language; the browser picks the step its query names (step-note-text.tsx).
 */
export function StepNote({ steps, locale }: { steps: readonly GuideStep[]; locale: Locale }) {
  const t = translator(locale, 'troubleshooter');
  return (
    <StepNoteText
      steps={steps}
      words={{
        note: t.raw('stepNote') as string,
        guides: { withdraw: t('guides.withdraw'), removeConnection: t('guides.removeConnection') },
        platforms: platformNames(locale).names,
        back: t('stepNoteBack'),
      }}
    />
  );
}
