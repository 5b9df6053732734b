import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'use-intl/core';
import { contentRoot } from '@/lib/content/files';

/**
 * Every language's interface catalog (content/<locale>/interface/*.json) against English's
 * (content/interface/): the same files, the same keys, the same placeholders and tags in each
 * message, and every message valid ICU. Read from the folders, so a language's catalog is
 * checked before lib/locales.ts lists it.
 */
type Tree = { [key: string]: string | Tree };

const english = path.join(contentRoot, 'interface');
const others = fs
  .readdirSync(contentRoot, { withFileTypes: true })
  .filter(
    (entry) =>
      entry.isDirectory() && fs.existsSync(path.join(contentRoot, entry.name, 'interface')),
  )
  .map((entry) => entry.name);

const jsonFiles = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort();
const read = (file: string): Tree => JSON.parse(fs.readFileSync(file, 'utf8')) as Tree;

function messages(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(at, value);
    else for (const [inner, text] of messages(value, at)) found.set(inner, text);
  }
  return found;
}

/** The names a message fills in ({count}, {count, plural …}) and the tags it wraps (<time>). */
function slots(message: string): string[] {
  // An argument, not a plural branch's words (`one {Source}`).
  const names = [
    ...message.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*(\w+)\s*[,}]/g),
  ].map((match) => `{${match[1]}}`);
  const tags = [...message.matchAll(/<(\w+)>/g)].map((match) => `<${match[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

function formatsCleanly(locale: string, namespace: string, tree: Tree) {
  const t = createTranslator({
    locale,
    messages: { [namespace]: tree },
    namespace,
    onError: (error) => {
      throw error;
    },
  } as Parameters<typeof createTranslator>[0]) as unknown as {
    markup: (key: string, values: Record<string, unknown>) => string;
  };
  for (const [key, message] of messages(tree)) {
    const values = Object.fromEntries(
      slots(message).map((slot) =>
        slot.startsWith('<')
          ? [slot.slice(1, -1), (chunks: string) => chunks]
          : [slot.slice(1, -1), 2],
      ),
    );
    expect(() => t.markup(key, values), `${locale} ${namespace}.${key}`).not.toThrow();
  }
}

describe('interface catalogs', () => {
  it('English is valid ICU throughout', () => {
    for (const file of jsonFiles(english)) {
      formatsCleanly('en', file.replace(/\.json$/, ''), read(path.join(english, file)));
    }
  });

  it.each(others)('%s has English’s files, keys, placeholders and tags, in valid ICU', (locale) => {
    const folder = path.join(contentRoot, locale, 'interface');
    for (const file of jsonFiles(folder)) {
      expect(
        jsonFiles(english),
        `content/${locale}/interface/${file} has no English file`,
      ).toContain(file);
      const namespace = file.replace(/\.json$/, '');
      const theirs = messages(read(path.join(folder, file)));
      const ours = messages(read(path.join(english, file)));
      expect([...theirs.keys()].sort(), `content/${locale}/interface/${file}`).toEqual(
        [...ours.keys()].sort(),
      );
      for (const [key, message] of ours) {
        expect(slots(theirs.get(key)!), `${locale} ${namespace}.${key}`).toEqual(slots(message));
      }
      formatsCleanly(locale, namespace, read(path.join(folder, file)));
    }
  });
});
