import 'server-only';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import type { WizardWords } from './step-wizard';

/** The wizard's buttons and step list, in the page's language, for the client leaf. */
export function wizardWords(locale: Locale): WizardWords {
  const t = translator(locale, 'guide');
  return {
    back: t('back'),
    next: t('next'),
    finish: t('finish'),
    progress: {
      stepOf: t.raw('stepOf') as string,
      done: t('done'),
      stepsNav: t('stepsNav'),
      stepLabel: t.raw('stepLabel') as string,
    },
  };
}
