import path from 'node:path';
import type { z } from 'zod';
import { kebabId } from './common-schema';
import { ContentError, parseOrThrow } from './errors';
import { listMdx } from './files';
import { bodyLinks, frontmatterLinks, type ContentLink } from './links';
import { readMdx } from './mdx';
import { alternativeOrderProblems, typedLabelProblems } from './rules/labels';
import { assertFacts, assertNoProblems } from './rules/pass';
import { bodyTexts, frontmatterTexts } from './rules/texts';
import { entryTitleProblems, type CollectionKind } from './rules/titles';
import { assertAllowedSyntax } from './syntax';

export interface Entry<T> {
  /** The file name without .mdx: the entry's stable id and URL segment. */
  id: string;
  file: string;
  data: T;
  /** The MDX body, rendered by <MdxContent>. */
  body: string;
  /** What the file links to; the loaders check these against the site's pages. */
  links: ContentLink[];
}

/**
 * Loads every .mdx file in content/<folder>: frontmatter checked against `schema`, ids
 * kebab-case, only the kind's components in the body (lib/content/contract.ts), titles that
 * fit a page title, and the facts rules over every text. Throws on the first bad file.
 */
export function loadCollection<S extends z.ZodType<Record<string, unknown>>>(
  folder: string,
  schema: S,
  kind: CollectionKind,
): Entry<z.output<S>>[] {
  return listMdx(folder).map((absolute) => {
    const mdx = readMdx(absolute);
    const id = path.basename(absolute, '.mdx');
    const idCheck = kebabId.safeParse(id);
    if (!idCheck.success)
      throw new ContentError(mdx.file, 'file name', idCheck.error.issues[0]!.message);
    assertAllowedSyntax(mdx, kind);
    if (!mdx.body.trim()) throw new ContentError(mdx.file, 'body', 'is empty');
    const data = parseOrThrow(schema, mdx.frontmatter, mdx.file);
    assertNoProblems(mdx.file, entryTitleProblems(kind, data));
    assertFacts(mdx.file, [...frontmatterTexts(data), ...bodyTexts(mdx.ast, 'body')]);
    assertNoProblems(mdx.file, [
      ...typedLabelProblems(mdx.ast, 'body'),
      ...alternativeOrderProblems(mdx.ast, 'body'),
    ]);
    return {
      id,
      file: mdx.file,
      data,
      body: mdx.body,
      links: [...frontmatterLinks(data), ...bodyLinks(mdx.ast)],
    };
  });
}
