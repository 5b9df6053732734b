import { z } from 'zod';

export const kebabId = z
  .string({ error: 'is required' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

export const sourceSchema = z.object({
  title: z.string({ error: 'is required' }).min(1, 'is required'),
  url: z.url({ error: 'must be an absolute URL' }),
});

export type Source = z.infer<typeof sourceSchema>;

/** YAML turns an unquoted 2026-11-27 into a Date; accept both and keep the ISO day. */
export const lastCheckedSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
);

/** Every page of content says where its facts come from and when they were last checked. */
export const provenanceSchema = z.object({
  sources: z.array(sourceSchema, { error: 'is required' }).min(1, 'needs at least one source'),
  lastChecked: lastCheckedSchema,
});

export type Provenance = z.infer<typeof provenanceSchema>;

/**
 * The provenance of a page built from several pieces of content: every distinct source once
 * (same URL and title), and the oldest "last checked" day, since the page is only as fresh
 * as its stalest part.
 */
export function mergeProvenance(parts: readonly Provenance[]): Provenance {
  const sources: Source[] = [];
  for (const source of parts.flatMap((part) => part.sources)) {
    if (!sources.some((seen) => seen.url === source.url && seen.title === source.title)) {
      sources.push(source);
    }
  }
  return { sources, lastChecked: parts.map((part) => part.lastChecked).sort()[0]! };
}
