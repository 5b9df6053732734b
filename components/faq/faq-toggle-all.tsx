import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { FaqToggleButtons } from './faq-toggle-buttons';

/** "Expand all" and "Collapse all", in the page's language. */
export function FaqToggleAll({ locale }: { locale: Locale }) {
  const t = translator(locale, 'faq');
  return <FaqToggleButtons words={{ expandAll: t('expandAll'), collapseAll: t('collapseAll') }} />;
}
