import { z } from 'zod';
import { requiredText } from '@/lib/content/common-schema';
import { provenanceSchema } from '@/lib/sources/provenance';

export const learnPageSchema = provenanceSchema.extend({
  title: requiredText,
  description: requiredText,
  order: z.number({ error: 'is required: a number that places the page in the /learn list' }),
});

export type LearnPageData = z.infer<typeof learnPageSchema>;
