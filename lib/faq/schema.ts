import { z } from 'zod';
import { provenanceSchema, requiredText } from '@/lib/content/common-schema';

/** The FAQ's sections, in the order the page shows them. */
export const faqCategories = [
  'Withdrawing',
  'After you withdraw',
  'Limits and restrictions',
  'Connections',
] as const;

export type FaqCategory = (typeof faqCategories)[number];

export const faqItemSchema = provenanceSchema.extend({
  question: requiredText,
  category: z.enum(faqCategories, { error: `must be one of: ${faqCategories.join(', ')}` }),
  order: z.number({ error: 'is required: a number that places the item within its category' }),
});

export type FaqItemData = z.infer<typeof faqItemSchema>;

/** The id of a category's heading on /faq. */
export function categoryAnchor(category: FaqCategory): string {
  return `category-${category.toLowerCase().replace(/\s+/g, '-')}`;
}
