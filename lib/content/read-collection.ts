import path from 'node:path';
import type { z } from 'zod';
import { defaultLocale, type Locale } from '@/lib/locales';
import { kebabId } from './common-schema';
import type { Collection, Entry } from './define-collection';
import { ContentError, parseOrThrow } from './errors';
import { contentRoot, displayPath, listMdx } from './files';
import { bodyLinks, frontmatterLinks } from './links';
import { localeFolder } from './locale-folder';
import { readMdx } from './mdx';
import { assertEveryFileTranslated, readTranslation } from './translation';
import {
  placeholderTexts,
  resolveFields,
  unknownPlaceholderProblems,
} from '@/lib/labels/placeholders';
import {
  alternativeOrderProblems,
  typedFieldLabelProblems,
  typedLabelProblems,
} from './rules/labels';
import { assertFacts, assertNoProblems } from './rules/pass';
import { bodyTexts, frontmatterTexts } from './rules/texts';
import { pageTitleProblem } from './rules/titles';
import { assertAllowedSyntax } from './syntax';

export type { Entry } from './define-collection';

type AnyCollection = Collection<z.ZodType<Record<string, unknown>>, never>;

/** The files a collection reads from `folder` (relative to content/), as absolute paths. */
function filesOf(collection: AnyCollection, folder: string): string[] {
  const found = listMdx(folder, collection.listFile ? [collection.listFile] : []);
  const { ids } = collection;
  if (!ids) return found;
  const expected = ids.map((id) => path.join(contentRoot, folder, `${id}.mdx`));
  const stray = found.find((file) => !expected.includes(file));
  if (stray) {
    throw new ContentError(
      displayPath(stray),
      'file name',
      `is not one of the ${collection.name} the site shows (${ids.join(', ')})`,
    );
  }
  const missing = expected.find((file) => !found.includes(file));
  if (missing) throw new ContentError(displayPath(missing), 'file', 'is missing');
  return expected;
}

function readEntry<S extends z.ZodType<Record<string, unknown>>>(
  collection: Collection<S, never>,
  absolute: string,
  locale: Locale,
): Entry<z.output<S>> {
  const mdx = readMdx(absolute);
  const id = path.basename(absolute, '.mdx');
  const idCheck = kebabId.safeParse(id);
  if (!idCheck.success)
    throw new ContentError(mdx.file, 'file name', idCheck.error.issues[0]!.message);
  assertAllowedSyntax(mdx, collection.name, collection.tags);
  if (!mdx.body.trim()) throw new ContentError(mdx.file, 'body', 'is empty');
  const translation = readTranslation(mdx);
  const raw = parseOrThrow(collection.schema, mdx.frontmatter, mdx.file);
  // LinkedIn's labels in title, description, question and answers are `{label-id}`: checked
  // as written, shown in the page's language (lib/labels/placeholders.ts).
  const fields = placeholderTexts(raw);
  assertNoProblems(mdx.file, [
    ...fields.flatMap(({ text, field }) => unknownPlaceholderProblems(text, field)),
    ...typedFieldLabelProblems(fields),
  ]);
  const data = resolveFields(raw, { locale });
  const { title } = collection;
  const titleText = title ? data[title.field] : undefined;
  if (title && typeof titleText === 'string') {
    const problem = title.pageTitles(titleText).map(pageTitleProblem).find(Boolean);
    if (problem) assertNoProblems(mdx.file, [{ field: title.field, problem }]);
  }
  // The facts rules read labels in English, whatever the page's language (their words are English).
  assertFacts(mdx.file, [...frontmatterTexts(resolveFields(raw)), ...bodyTexts(mdx.ast, 'body')]);
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
    translation,
  };
}

const read = new Map<string, Entry<unknown>[]>();

/**
 * A collection's entries in one language, each file checked: its id kebab-case, only the
 * collection's components in its body (lib/content/contract.ts), its frontmatter against the
 * schema, its title against the page-title limit, and the facts rules over every text. Throws
 * a ContentError on the first bad file. Read once per process; tests pass a fixture `folder`
 * (relative to content/) instead of the language's own.
 */
export function readCollection<S extends z.ZodType<Record<string, unknown>>>(
  collection: Collection<S, never>,
  locale: Locale,
  folder = localeFolder(locale, collection.folder),
): Entry<z.output<S>>[] {
  const key = `${collection.name}\0${folder}`;
  if (!read.has(key)) {
    const files = filesOf(collection as AnyCollection, folder);
    if (locale !== defaultLocale && folder === localeFolder(locale, collection.folder)) {
      assertEveryFileTranslated(
        filesOf(collection as AnyCollection, collection.folder),
        files,
        locale,
      );
    }
    read.set(
      key,
      files.map((file) => readEntry(collection, file, locale)),
    );
  }
  return read.get(key) as Entry<z.output<S>>[];
}
