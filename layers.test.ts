// @vitest-environment node
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pkg from './package.json' with { type: 'json' };

/**
 * `npm run layers` (the package.json script, with this repository's .dependency-cruiser.mjs)
 * run over small trees laid out like this one: a clean tree passes, and each backward import
 * planted in it fails the run with the rule's name and the importing file.
 */

const root = import.meta.dirname;
const depcruise = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const [, ...scriptArgs] = pkg.scripts.layers.split(/\s+/);
const args = scriptArgs.map((arg) =>
  arg === '.dependency-cruiser.mjs' ? path.join(root, '.dependency-cruiser.mjs') : arg,
);

/** Files of a tree that keeps every layer rule. */
const clean: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', paths: { '@/*': ['./*'] } },
  }),
  'mdx-components.tsx':
    "import { SourcesList } from '@/components/sources-list';\nexport const c = { SourcesList };\n",
  'content/tree.ts':
    "import { defineTree } from '@/lib/troubleshooter/define-tree';\nexport const tree = defineTree({});\n",
  'lib/troubleshooter/define-tree.ts': 'export const defineTree = <T>(tree: T) => tree;\n',
  'lib/routes.ts': "export const paths = { faq: '/faq' };\n",
  'lib/content/files.ts':
    "import fs from 'node:fs';\nexport const read = (file: string) => fs.readFileSync(file, 'utf8');\n",
  'lib/faq/load.ts':
    "import { read } from '@/lib/content/files';\nexport const loadFaq = () => read('content/faq.mdx');\n",
  'components/sources-list.tsx':
    "import { paths } from '@/lib/routes';\nexport const SourcesList = () => paths.faq;\n",
  'components/faq/faq-search.tsx':
    "'use client';\nimport { paths } from '@/lib/routes';\nexport const FaqSearch = () => paths.faq;\n",
  'app/page.tsx':
    "import { loadFaq } from '@/lib/faq/load';\nimport { SourcesList } from '@/components/sources-list';\nexport default () => [loadFaq(), SourcesList()];\n",
  'scripts/check.mts': "import { loadFaq } from '../lib/faq/load';\nloadFaq();\n",
  'tests/helper.ts': "import { loadFaq } from '@/lib/faq/load';\nexport const faq = loadFaq;\n",
  'lib/faq/load.test.ts': "import { faq } from '@/tests/helper';\nfaq();\n",
};

/** One backward import per rule, each in a file of its own planted in the clean tree. */
const planted: [rule: string, file: string, text: string][] = [
  ['lib-below-components', 'lib/faq/backward.ts', "import '@/components/sources-list';\n"],
  ['content-is-data', 'content/backward.ts', "import '@/lib/routes';\n"],
  ['components-below-app', 'components/backward.tsx', "import '@/app/page';\n"],
  ['scripts-never-tests', 'scripts/backward.mts', "import '../tests/helper';\n"],
  ['production-never-tests', 'lib/backward.ts', "import '@/lib/faq/load.test';\n"],
  ['client-leaves-stay-light', 'components/fs-leaf.tsx', "'use client';\nimport 'node:fs';\n"],
  [
    'client-leaves-skip-loaders',
    'components/loader-leaf.tsx',
    "'use client';\nimport '@/lib/faq/load';\n",
  ],
  ['no-cycles', 'lib/cycle-a.ts', "import '@/lib/cycle-b';\n"],
];
const cycleCloser = { 'lib/cycle-b.ts': "import '@/lib/cycle-a';\n" };

async function layers(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return await promisify(execFile)(process.execPath, [depcruise, ...args], { cwd: dir }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Each run starts dependency-cruiser in its own process: 2–3 s on a quiet 2-core machine, more
// than vitest's default 5 s when other work shares the cores.
describe('npm run layers', { timeout: 60_000 }, () => {
  it('passes a tree whose imports point down the layers', async () => {
    const run = await layers(clean);
    expect(run.output).toMatch(/no dependency violations found/);
    expect(run.code).toBe(0);
  });

  describe('with a backward import planted for each rule', () => {
    const files = {
      ...clean,
      ...cycleCloser,
      ...Object.fromEntries(planted.map(([, f, t]) => [f, t])),
    };
    let run: Awaited<ReturnType<typeof layers>>;
    beforeAll(async () => {
      run = await layers(files);
    }, 60_000);

    it('fails', () => {
      expect(run.code).not.toBe(0);
    });

    it.each(planted)('names %s and the file breaking it, %s', (rule, file) => {
      expect(run.output).toContain(`error ${rule}: ${file} →`);
    });

    it('blames only the planted files', () => {
      const blamed = [...run.output.matchAll(/^\s*error [a-z-]+: (\S+) →/gm)].map(
        ([, file]) => file,
      );
      expect(blamed.length).toBeGreaterThanOrEqual(planted.length);
      expect(blamed.filter((file) => !planted.some(([, f]) => f === file))).toEqual([]);
    });
  });
});
