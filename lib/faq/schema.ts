import type { z } from 'zod';
import { requiredText } from '@/lib/content/common-schema';
import { provenanceSchema } from '@/lib/sources/provenance';

export { categoryAnchor, faqCategories, type FaqCategory } from './categories';

/** The file in content/faq/ that lists each category's items in order (lib/faq/order.ts). */
export const faqOrderFile = 'order.yaml';

/** An item's category and place are not here: content/faq/order.yaml lists them all. */
export const faqItemSchema = provenanceSchema.extend({
  question: requiredText,
});

export type FaqItemData = z.infer<typeof faqItemSchema>;
