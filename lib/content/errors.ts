import type { z } from 'zod';

/** Bad content: the message always names the file and the field, so the build log says what to fix. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Validates `data` against `schema`, or throws a ContentError for the first bad field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    // A misspelt optional key would otherwise be dropped without a word.
    throw new ContentError(
      file,
      prefix + [...path, issue.keys[0]].join('.'),
      'is not a field this file can have (misspelt?)',
    );
  }
  throw new ContentError(file, prefix + (path.join('.') || '(root)'), issue.message);
}
