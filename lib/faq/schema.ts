import { z } from 'zod';
import { requiredText } from '@/lib/content/common-schema';
import { provenanceSchema } from '@/lib/sources/provenance';
import { faqCategories } from './categories';

export { categoryAnchor, faqCategories, type FaqCategory } from './categories';

export const faqItemSchema = provenanceSchema.extend({
  question: requiredText,
  category: z.enum(faqCategories, { error: `must be one of: ${faqCategories.join(', ')}` }),
  order: z.number({ error: 'is required: a number that places the item within its category' }),
});

export type FaqItemData = z.infer<typeof faqItemSchema>;
