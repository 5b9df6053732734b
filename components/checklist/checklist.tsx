import { translator } from '@/lib/i18n/translator';
import { pluralForms } from '@/lib/i18n/plural-forms';
import type { Locale } from '@/lib/locales';
import { ChecklistApp, type ChecklistWords } from './checklist-app';

/** Every word the checklist writes, in one language, for the client leaf. */
export function checklistWords(locale: Locale): ChecklistWords {
  const t = translator(locale, 'checklist');
  const raw = (key: Parameters<typeof t.raw>[0]) => t.raw(key) as string;
  return {
    locale,
    add: {
      nameLabel: t('nameLabel'),
      add: t('add'),
      typeName: t('typeName'),
      full: raw('full'),
      pasteInstead: t('pasteInstead'),
      listLabel: t('listLabel'),
      pasteOne: t('pasteOne'),
      addThese: t('addThese'),
    },
    clear: {
      locale,
      clearAll: t('clearAll'),
      clearQuestion: pluralForms(locale, (count) => t('clearQuestion', { count })),
      clearYes: t('clearYes'),
      cancel: t('cancel'),
    },
    notSaved: t('notSaved'),
    yourList: t('yourList'),
    empty: t('empty'),
    progress: raw('progress'),
    progressAll: raw('progressAll'),
    announce: raw('announce'),
    added: raw('added'),
    addedMany: raw('addedMany'),
    didntFit: pluralForms(locale, (left) => t('didntFit', { limit: '{limit}', left })),
    notDone: raw('notDone'),
    tickedOff: raw('tickedOff'),
    removed: raw('removed'),
    cleared: t('cleared'),
    remove: t('remove'),
    removeLabel: raw('removeLabel'),
  };
}

/**
 * The withdraw-many checklist in the page's language: the words are written here, on the
 * server, and the list itself runs in the browser (checklist-app.tsx).
 */
export function Checklist({ locale }: { locale: Locale }) {
  return <ChecklistApp words={checklistWords(locale)} />;
}
