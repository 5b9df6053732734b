import type { ReactNode } from 'react';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { categoryAnchor, type FaqCategory as Category } from '@/lib/faq/categories';
import { FaqCategorySection } from './faq-category-section';

/**
 * A category's section of /faq: its heading in the page's language, its anchor the same in
 * every edition (category-withdrawing…), hidden when the search leaves none of its items.
 */
export function FaqCategory({
  category,
  locale,
  ids,
  children,
}: {
  category: Category;
  locale: Locale;
  /** The ids of the items inside, to tell whether any of them still shows. */
  ids: readonly string[];
  children: ReactNode;
}) {
  const t = translator(locale, 'faq');
  return (
    <FaqCategorySection
      title={t(`categories.${category}`)}
      anchor={categoryAnchor(category)}
      ids={ids}
    >
      {children}
    </FaqCategorySection>
  );
}
