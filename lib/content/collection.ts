import path from 'node:path';
import type { z } from 'zod';
import { ContentError, parseOrThrow } from './errors';
import { assertAllowedSyntax, listMdx, readMdx } from './mdx';
import { kebabId } from './common-schema';

export interface Entry<T> {
  /** The file name without .mdx: the entry's stable id and URL segment. */
  id: string;
  file: string;
  data: T;
  /** The MDX body, rendered by <MdxContent>. */
  body: string;
}

/**
 * Loads every .mdx file in content/<folder>: frontmatter checked against `schema`, ids
 * kebab-case, only `allowed` components in the body. Throws on the first bad file.
 */
export function loadCollection<S extends z.ZodType>(
  folder: string,
  schema: S,
  allowed: readonly string[],
): Entry<z.infer<S>>[] {
  return listMdx(folder).map((absolute) => {
    const mdx = readMdx(absolute);
    const id = path.basename(absolute, '.mdx');
    const idCheck = kebabId.safeParse(id);
    if (!idCheck.success)
      throw new ContentError(mdx.file, 'file name', idCheck.error.issues[0]!.message);
    assertAllowedSyntax(mdx, allowed);
    if (!mdx.body.trim()) throw new ContentError(mdx.file, 'body', 'is empty');
    return {
      id,
      file: mdx.file,
      data: parseOrThrow(schema, mdx.frontmatter, mdx.file),
      body: mdx.body,
    };
  });
}
