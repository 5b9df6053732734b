import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError } from '@/lib/content/errors';
import { contentRoot } from '@/lib/content/mdx';
import { tree as realTree } from '@/content/troubleshooter/tree';
import type { Tree } from './define-tree';
import { loadTroubleshooter, loadTroubleshooterPage } from './load';

const frontmatter = (title: string) =>
  `---\ntitle: "${title}"\nsources:\n  - title: "LinkedIn Help"\n    url: https://www.linkedin.com/help/linkedin\nlastChecked: "2026-11-27"\n---\n\n`;
const question = (title: string) => frontmatter(title) + 'Pick one.\n';
const outcome = (title: string, body = 'Do this.') =>
  frontmatter(title) + `${body}\n\n## What next\n\n- [Start again](/troubleshoot)\n`;

const tree: Tree = {
  start: 'start',
  nodes: {
    start: {
      kind: 'question',
      answers: [
        { label: 'First', next: 'one' },
        { label: 'Second', next: 'two' },
      ],
    },
    one: { kind: 'outcome' },
    two: { kind: 'outcome', adviceFrom: 'one' },
  },
};
const goodFiles = {
  'start.mdx': question('Which?'),
  'one.mdx': outcome('Do one'),
  'two.mdx': frontmatter('Two, then one') + 'Because you said two.\n',
};

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Node texts in a fresh folder, named relative to content/ as the loader wants. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'troubleshooter-test-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return path.relative(contentRoot, dir);
}

function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('loadTroubleshooter', () => {
  it('joins routes and words: answers, borrowed advice, and the trail of answers to each node', () => {
    const loaded = loadTroubleshooter(tree, folder(goodFiles));
    const two = loaded.nodes.get('two')!;
    expect(two.text.data.title).toBe('Two, then one');
    expect(two.body).toMatch(/^Because you said two\.\s+Do this\.\s+## What next/);
    expect(two.trail).toEqual([
      { questionId: 'start', questionTitle: 'Which?', answerLabel: 'Second' },
    ]);
    expect(loaded.nodes.get('start')!.answers.map((answer) => answer.next)).toEqual(['one', 'two']);
    expect(loaded.paths).toEqual([
      ['start', 'one'],
      ['start', 'two'],
    ]);
  });

  it('notes which nodes have per-platform passages', () => {
    const files = {
      ...goodFiles,
      'one.mdx': outcome(
        'Do one',
        '## How\n\n<PlatformOnly platform="ios">\nTap it.\n</PlatformOnly>',
      ),
    };
    const loaded = loadTroubleshooter(tree, folder(files));
    expect(loaded.nodes.get('one')!.platformSpecific).toBe(true);
    expect(loaded.nodes.get('start')!.platformSpecific).toBe(false);
  });

  it.each([
    {
      name: 'a broken route, naming tree.ts and the node',
      tree: {
        ...tree,
        nodes: {
          ...tree.nodes,
          start: { kind: 'question', answers: [{ label: 'Only', next: 'one' }] },
        },
      } satisfies Tree,
      files: goodFiles,
      file: 'content/troubleshooter/tree.ts',
      field: 'nodes.start',
      problem: /at least 2/,
    },
    {
      name: 'a missing text, naming the file to add',
      tree,
      files: { 'one.mdx': outcome('Do one'), 'two.mdx': goodFiles['two.mdx'] },
      file: /start\.mdx$/,
      field: 'nodes.start',
      problem: /has no words/,
    },
    {
      name: 'an outcome without next actions',
      tree,
      files: { ...goodFiles, 'one.mdx': frontmatter('Do one') + 'Do this.\n' },
      file: /one\.mdx$/,
      field: 'body',
      problem: /What next/,
    },
    {
      name: 'next actions before the advice it borrows',
      tree,
      files: { ...goodFiles, 'two.mdx': outcome('Two, then one') },
      file: /two\.mdx$/,
      field: 'body',
      problem: /advice from "one" follows it/,
    },
    {
      name: 'a link to a node that does not exist',
      tree,
      files: { ...goodFiles, 'start.mdx': question('Which?') + '\n[Or](/troubleshoot/nope)\n' },
      file: /start\.mdx$/,
      field: 'body',
      problem: /\/troubleshoot\/nope, which is not a node/,
    },
    {
      name: 'a link to the first question’s node, whose page is /troubleshoot',
      tree,
      files: {
        ...goodFiles,
        'one.mdx': outcome('Do one', '[Back to the start](/troubleshoot/start)'),
      },
      file: /one\.mdx$/,
      field: 'body',
      problem: /\/troubleshoot\/start, the first question: link to \/troubleshoot instead/,
    },
    {
      name: 'frontmatter without a title',
      tree,
      files: { ...goodFiles, 'start.mdx': question('Which?').replace('title: "Which?"\n', '') },
      file: /start\.mdx$/,
      field: 'title',
      problem: /required/,
    },
    {
      name: 'a per-platform passage with no heading above it',
      tree,
      files: {
        ...goodFiles,
        'one.mdx': outcome('Do one', '<PlatformOnly platform="ios">\nTap it.\n</PlatformOnly>'),
      },
      file: /one\.mdx$/,
      field: 'body',
      problem: /heading above the first <PlatformOnly>/,
    },
    {
      name: 'a title too long for the page title',
      tree,
      files: { ...goodFiles, 'start.mdx': question('Which? '.repeat(11)) },
      file: /start\.mdx$/,
      field: 'title',
      problem: /over 60 characters/,
    },
    {
      name: 'a component content may not use',
      tree,
      files: { ...goodFiles, 'one.mdx': outcome('Do one', '<Tabs>No</Tabs>') },
      file: /one\.mdx$/,
      field: 'body',
      problem: /unknown component <Tabs>/,
    },
  ])('throws a ContentError for $name', ({ tree: broken, files, file, field, problem }) => {
    const error = errorOf(() => loadTroubleshooter(broken, folder(files)));
    if (typeof file === 'string') expect(error.file).toBe(file);
    else expect(error.file).toMatch(file);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(problem);
  });

  it('loads the real tree: unique titles, every outcome on exactly one path', () => {
    const loaded = loadTroubleshooter();
    expect([...loaded.nodes.keys()].sort()).toEqual(Object.keys(realTree.nodes).sort());
    const titles = [...loaded.nodes.values()].map((node) => node.text.data.title);
    expect(new Set(titles).size).toBe(titles.length);
    const outcomes = [...loaded.nodes.values()].filter((node) => node.kind === 'outcome');
    expect(loaded.paths.map((p) => p.at(-1)).sort()).toEqual(outcomes.map((n) => n.id).sort());
  });

  it('loads the checklist page text', () => {
    expect(loadTroubleshooterPage('checklist').data.sources.length).toBeGreaterThan(0);
  });
});
