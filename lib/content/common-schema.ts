import { z } from 'zod';

export const kebabId = z
  .string({ error: 'is required' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

/** Text a reader sees (a title, a question): never blank or only spaces. */
export const requiredText = z.string({ error: 'is required' }).trim().min(1, 'is required');

const sourceSchema = z.strictObject({
  title: requiredText,
  url: z.url({ protocol: /^https$/, error: 'must be an absolute URL starting https://' }),
});

export type Source = z.infer<typeof sourceSchema>;

/**
 * Today's date where the day starts first (UTC+14): a date an author wrote today, anywhere,
 * is never "in the future"; one a day later is, everywhere.
 */
function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The day someone compared the file with its sources, as written (frontmatter is read with
 * no YAML date type, so an impossible date is never rolled over into a real one).
 */
const lastCheckedSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .pipe(
    z.iso.date({
      error: (issue) => `${String(issue.input)} is not a real date written YYYY-MM-DD`,
    }),
  )
  .refine((day) => day <= latestToday(), {
    error: (issue) => `${String(issue.input)} is in the future: it is the day the file was checked`,
  });

/** Every page of content says where its facts come from and when they were last checked. */
export const provenanceSchema = z.strictObject({
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
