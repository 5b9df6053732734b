/**
 * `npm run translations:stamp -- content/de/faq/x.mdx …`: records, in each translation's
 * frontmatter, the version of its English file it now follows (lib/content/translation.ts). Run
 * it after bringing a translation up to date with its English file, never instead: the stamp
 * says "a person compared them". With `--new`, stamps only files that have no stamp yet (a
 * language's first edition).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FOLLOWS_FIELD, localeOfFile, originalOf, versionOf } from '@/lib/content/translation';
import { defaultLocale } from '@/lib/locales';

const args = process.argv.slice(2);
const onlyNew = args.includes('--new');
const named = args.filter((arg) => arg !== '--new');
const files = named.length
  ? named
  : fs
      .readdirSync('content', { recursive: true, encoding: 'utf8' })
      .map((name) => path.join('content', name))
      .filter((file) => file.endsWith('.mdx') && localeOfFile(file) !== defaultLocale);
if (!named.length && !onlyNew) {
  console.error(
    'Name the translations you brought up to date, or pass --new to stamp unstamped ones.',
  );
  process.exit(2);
}

const field = new RegExp(`^${FOLLOWS_FIELD}:.*\\n`, 'm');
let stamped = 0;
for (const file of files) {
  if (localeOfFile(file) === defaultLocale) {
    console.error(`${file}: not a translation (it is not under content/<language>/)`);
    process.exit(2);
  }
  const text = fs.readFileSync(file, 'utf8');
  if (!text.startsWith('---\n')) {
    console.error(`${file}: has no frontmatter`);
    process.exit(2);
  }
  if (onlyNew && field.test(text)) continue;
  const line = `${FOLLOWS_FIELD}: '${versionOf(fs.readFileSync(originalOf(file), 'utf8'))}'\n`;
  const next = field.test(text) ? text.replace(field, line) : text.replace('---\n', `---\n${line}`);
  fs.writeFileSync(file, next);
  stamped += 1;
}
console.log(`Stamped ${stamped} translation(s).`);
