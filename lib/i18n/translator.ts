import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'use-intl/core';
import { ContentError } from '@/lib/content/errors';
import { contentRoot, displayPath, readContentFile } from '@/lib/content/files';
import { localeFolder } from '@/lib/content/locale-folder';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Messages, Namespace } from './messages';

/**
 * The interface's words in one language, read at build from content/[<locale>/]interface/*.json
 * (one file per namespace). use-intl is next-intl's core: ICU plurals and selects without
 * next-intl's routing, middleware or provider, which a static export with server-rendered
 * words doesn't use (and whose extractor pulls in a native compiler at install).
 */
const cache = new Map<Locale, Messages>();

/** The catalog files of one language, as absolute paths, sorted. */
export function interfaceFiles(locale: Locale): string[] {
  const folder = path.join(contentRoot, localeFolder(locale, 'interface'));
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => path.join(folder, file));
}

function readCatalog(absolute: string): unknown {
  try {
    return JSON.parse(readContentFile(absolute));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(
      displayPath(absolute),
      'file',
      `is not valid JSON (${(error as Error).message})`,
    );
  }
}

/** Every key path of a catalog (`step.next`), for comparing a translation with English. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

/**
 * One language's catalog, checked against English's: the same files, the same keys, nothing
 * more. A ContentError names the file and the key.
 */
export function messagesOf(locale: Locale): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  const english = interfaceFiles(defaultLocale);
  const files = interfaceFiles(locale);
  const messages: Record<string, unknown> = {};
  for (const original of english) {
    const name = path.basename(original);
    const absolute = path.join(contentRoot, localeFolder(locale, 'interface'), name);
    const file = displayPath(absolute);
    if (!files.includes(absolute)) {
      throw new ContentError(file, 'file', `is missing: it translates ${displayPath(original)}`);
    }
    const catalog = readCatalog(absolute);
    if (locale !== defaultLocale) {
      const want = new Set(keysOf(readCatalog(original)));
      const have = new Set(keysOf(catalog));
      const missing = [...want].find((key) => !have.has(key));
      if (missing) throw new ContentError(file, missing, 'is missing: English has it');
      const extra = [...have].find((key) => !want.has(key));
      if (extra) throw new ContentError(file, extra, 'is not in English’s catalog: remove it');
    }
    messages[name.replace(/\.json$/, '')] = catalog;
  }
  const stray = files.find(
    (file) => !english.some((e) => path.basename(e) === path.basename(file)),
  );
  if (stray) throw new ContentError(displayPath(stray), 'file', 'has no English original');
  cache.set(locale, messages as Messages);
  return messages as Messages;
}

/**
 * `t('key', values)` for one namespace in one language. A missing key or a malformed message
 * throws: the build fails rather than print a key path where words belong.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator<Messages, N>({
    locale,
    messages: messagesOf(locale),
    namespace,
    onError: (error) => {
      throw error;
    },
  });
}
