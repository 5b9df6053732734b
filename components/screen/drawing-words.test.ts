import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { labelKeys, labelTexts } from '@/lib/screens/labels';

/** Every text the label catalog holds, on any platform, in any form seen. */
const catalogTexts = new Set(labelKeys.flatMap((key) => labelTexts(key)));

/** The string literals and JSX text of a source file that spell one of the catalog's labels. */
function labelWordsIn(source: string, file = 'drawing.tsx'): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isJsxText(node)) {
      const text = node.text.trim();
      if (catalogTexts.has(text)) found.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

const drawingFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return drawingFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });

describe('LinkedIn’s words in drawing code', () => {
  it.each([
    { code: `<Label text="Withdraw" />`, found: ['Withdraw'] },
    { code: `button({ label: 'Remove connection' })`, found: ['Remove connection'] },
    { code: 'const tab = `Sent`;', found: ['Sent'] },
    { code: `<text>Cancel</text>`, found: ['Cancel'] },
    { code: `<Label text={say('withdraw')} />`, found: [] },
    { code: `({ name: 'pending', side: 'above' })`, found: [] },
  ])('finds the catalog’s words spelled out in $code', ({ code, found }) => {
    expect(labelWordsIn(code)).toEqual(found);
  });

  it('spells none in components/screen: every label comes from the catalog by its key', () => {
    const files = drawingFiles(path.join(import.meta.dirname));
    expect(files.length).toBeGreaterThan(10);
    const spelled = files.flatMap((file) =>
      labelWordsIn(fs.readFileSync(file, 'utf8'), file).map(
        (words) => `${path.relative(import.meta.dirname, file)}: “${words}”`,
      ),
    );
    expect(spelled).toEqual([]);
  });
});
