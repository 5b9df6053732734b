import { z } from 'zod';
import { provenanceSchema, requiredText } from '@/lib/content/common-schema';

export const learnPageSchema = provenanceSchema.extend({
  title: requiredText,
  description: requiredText,
  order: z.number({ error: 'is required: a number that places the page in the /learn list' }),
});

export type LearnPageData = z.infer<typeof learnPageSchema>;
