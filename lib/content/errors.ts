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
): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join('.');
  throw new ContentError(file, prefix + (path || '(root)'), issue.message);
}
