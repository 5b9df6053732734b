import { z } from 'zod';

export const kebabId = z
  .string({ error: 'is required' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

/** Text a reader sees (a title, a question): never blank or only spaces. */
export const requiredText = z.string({ error: 'is required' }).trim().min(1, 'is required');

/**
 * Today's date where the day starts first (UTC+14): a date an author wrote today, anywhere,
 * is never "in the future"; one a day later is, everywhere.
 */
function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A day that has come (a source read, an archived version), as written: frontmatter and the
 * registries are read with no date type, so an impossible date is never rolled over into a
 * real one.
 */
export const pastDay = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .pipe(
    z.iso.date({
      error: (issue) => `${String(issue.input)} is not a real date written YYYY-MM-DD`,
    }),
  )
  .refine((day) => day <= latestToday(), {
    error: (issue) => `${String(issue.input)} is in the future: it is a day that has come`,
  });
