import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'use-intl/core';
import { contentRoot, readContentFile } from '@/lib/content/files';
import { localeFolder } from '@/lib/content/locale-folder';
import type { Locale } from '@/lib/locales';
import type { Messages, Namespace } from './messages';

/**
 * The interface's words in one language, read at build from content/[<locale>/]interface/*.json
 * (one file per namespace). use-intl is next-intl's core: ICU plurals and selects without
 * next-intl's routing, middleware or provider, which a static export with server-rendered
 * words doesn't use (and whose extractor pulls in a native compiler at install).
 */
const cache = new Map<Locale, Messages>();

export function messagesOf(locale: Locale): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  const folder = path.join(contentRoot, localeFolder(locale, 'interface'));
  const messages: Record<string, unknown> = {};
  for (const name of fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = path.join(folder, name);
    messages[name.replace(/\.json$/, '')] = JSON.parse(readContentFile(file));
  }
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
