import { contentErrorOf, contentFolder } from '@/tests/content-folder';
import { tree as realTree } from '@/content/troubleshooter/tree';
import type { Tree } from './define-tree';
import { loadTroubleshooter, loadTroubleshooterPage } from './load';
import { buildTroubleshooter } from './read-tree';

const frontmatter = (title: string) => `---\ntitle: "${title}"\nsources: [a568295]\n---\n\n`;
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

/** Node texts in a fresh folder, read as the site's own are. */
const build = (routes: Tree, files: Record<string, string>) =>
  buildTroubleshooter(routes, contentFolder(files));

describe('loadTroubleshooter', () => {
  it('joins routes and words: answers, borrowed advice, and the trail of answers to each node', () => {
    const loaded = build(tree, goodFiles);
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
    const loaded = build(tree, files);
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
      problem: /over the 70-character limit/,
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
    const error = contentErrorOf(() => build(broken, files));
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

  it('holds answer labels to the facts rules, naming tree.ts and the answer', () => {
    const clicky: Tree = {
      ...tree,
      nodes: {
        ...tree.nodes,
        start: {
          kind: 'question',
          answers: [
            { label: 'First', next: 'one' },
            { label: 'I tapped Withdraw', next: 'two' },
          ],
        },
      },
    };
    const error = contentErrorOf(() => build(clicky, goodFiles));
    expect(error.file).toBe('content/troubleshooter/tree.ts');
    expect(error.field).toBe('nodes.start.answers[1].label');
    expect(error.message).toMatch(/breaks neutral-verbs/);
  });

  it('loads the checklist page text', () => {
    expect(loadTroubleshooterPage('checklist').data.sources.length).toBeGreaterThan(0);
  });
});
