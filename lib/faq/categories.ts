/** The FAQ's sections, in the order the page shows them. Dependency-free: page ids use it. */
export const faqCategories = [
  'Withdrawing',
  'After you withdraw',
  'Limits and restrictions',
  'Connections',
] as const;

export type FaqCategory = (typeof faqCategories)[number];

/** The id of a category's heading on /faq. */
export function categoryAnchor(category: FaqCategory): string {
  return `category-${category.toLowerCase().replace(/\s+/g, '-')}`;
}
