import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultLocale, locales, type Locale } from '@/lib/locales';
import { ContentError } from './errors';
import { contentRoot, displayPath, readContentFile } from './files';
import { bodyLinks } from './links';
import { localeFolder } from './locale-folder';
import { attributeOf, childrenOf, isJsx, parseMdx, type MdxFile, type MdxNode } from './mdx';

/**
 * Translations that know what they translate (as MDN's translated content records the English
 * commit it follows). A file under content/<locale>/ is the translation of the file at the same
 * path under content/; its frontmatter's `follows` holds the version of that English file it was
 * last brought up to date with (`npm run translations:stamp -- <file>` writes it). A version is
 * a hash of the English file's text, not a git commit: a build from a tarball has no history.
 */
export const FOLLOWS_FIELD = 'follows';

export interface Translation {
  locale: Locale;
  /** The English file, as error messages show it. */
  original: string;
  /** The English file changed after this translation was last brought up to date. */
  stale: boolean;
}

/** A file's version: the first 12 hex digits of the SHA-256 of its text, line endings ignored. */
export function versionOf(source: string): string {
  return createHash('sha256').update(source.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 12);
}

/** The language a content file is written in, from its path (`content/de/faq/x.mdx` → de). */
export function localeOfFile(file: string): Locale {
  const [root, folder] = file.split(/[\\/]/);
  const found = locales.find((locale) => locale !== defaultLocale && locale === folder);
  return root === 'content' && found ? found : defaultLocale;
}

/** The English file a translation follows: the same path without the language folder. */
export function originalOf(file: string): string {
  const [root, , ...rest] = file.split(/[\\/]/);
  return path.join(root!, ...rest);
}

/**
 * What a file must keep from its English original: its headings and components in order (with
 * the ids and attributes that are not words), the labels it names, the pages it links to, and the
 * frontmatter's keys and sources. The words around them are the translation's own.
 */
function shapeOf(mdx: MdxFile) {
  const elements: string[] = [];
  const labels = new Set<string>();
  const visit = (node: MdxNode) => {
    // Headings by level: a translation's sections stand where the English ones do.
    if (node.type === 'heading') elements.push(`<h${node.depth}>`);
    if (isJsx(node) && node.name) {
      if (node.name === 'UI') labels.add(attributeOf(node, 'id') ?? '');
      else {
        const kept = ['id', 'view', 'highlight', 'platform', 'kind']
          .map((name) => [name, attributeOf(node, name)] as const)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => ` ${name}="${value}"`)
          .join('');
        elements.push(`<${node.name}${kept}>`);
      }
    }
    childrenOf(node).forEach(visit);
  };
  visit(mdx.ast);
  const internal = (href: string) => href.startsWith('/') || href.startsWith('#');
  return {
    elements,
    labels: [...labels].sort(),
    links: [
      ...new Set(
        bodyLinks(mdx.ast)
          .map((link) => link.href)
          .filter(internal),
      ),
    ].sort(),
    keys: Object.keys(mdx.frontmatter)
      .filter((key) => key !== FOLLOWS_FIELD)
      .sort(),
    sources: JSON.stringify(mdx.frontmatter.sources ?? []),
  };
}

function firstDifference(mine: readonly string[], theirs: readonly string[]): string {
  const index = mine.findIndex((item, i) => item !== theirs[i]);
  const at = index === -1 ? mine.length : index;
  const have = mine[at] ?? 'nothing';
  const want = theirs[at] ?? 'nothing';
  return `has ${have} where the English has ${want}`;
}

/**
 * For a file under content/<locale>/: checks it against its English original (which must
 * exist, and whose shape it must keep), takes `follows` out of its frontmatter (the schemas
 * describe the content, not the bookkeeping) and says whether it is stale. Undefined for an
 * English file. Throws a ContentError naming the file and what differs.
 */
export function readTranslation(mdx: MdxFile): Translation | undefined {
  const locale = localeOfFile(mdx.file);
  if (locale === defaultLocale) return undefined;
  const original = originalOf(mdx.file);
  const absolute = path.join(process.cwd(), original);
  if (!fs.existsSync(absolute)) {
    throw new ContentError(mdx.file, 'file', `has no English original (${original} is missing)`);
  }
  const source = readContentFile(absolute);
  const follows = mdx.frontmatter[FOLLOWS_FIELD];
  delete mdx.frontmatter[FOLLOWS_FIELD];
  if (typeof follows !== 'string' || !/^[0-9a-f]{12}$/.test(follows)) {
    throw new ContentError(
      mdx.file,
      FOLLOWS_FIELD,
      `is missing or malformed: after translating ${original}, run npm run translations:stamp -- ${mdx.file}`,
    );
  }
  const mine = shapeOf(mdx);
  const theirs = shapeOf(parseMdx(original, source));
  const problems = [
    ['frontmatter', mine.keys, theirs.keys, 'keys'],
    ['sources', [mine.sources], [theirs.sources], 'sources'],
    ['body', mine.elements, theirs.elements, 'components'],
    ['body', mine.labels, theirs.labels, 'labels (<UI id>)'],
    ['body', mine.links, theirs.links, 'links to the site'],
  ] as const;
  for (const [field, have, want, what] of problems) {
    if (have.join('\n') !== want.join('\n')) {
      throw new ContentError(
        mdx.file,
        field,
        `must keep the ${what} of ${original}: it ${firstDifference(have, want)}`,
      );
    }
  }
  return { locale, original, stale: follows !== versionOf(source) };
}

/**
 * A language's edition is whole: each of `originals` (a collection's English files, absolute)
 * has its translation among `translations`, at the same path under content/<locale>/. The
 * error names the missing file, so the build says what to write.
 */
export function assertEveryFileTranslated(
  originals: readonly string[],
  translations: readonly string[],
  locale: Locale,
): void {
  for (const original of originals) {
    const translation = path.join(
      contentRoot,
      localeFolder(locale, path.relative(contentRoot, original)),
    );
    if (!translations.includes(translation)) {
      throw new ContentError(
        displayPath(translation),
        'file',
        `is missing: the ${locale} edition translates every English file (${displayPath(original)})`,
      );
    }
  }
}
