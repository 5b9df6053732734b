import { contentErrorOf, contentFolder } from '@/tests/content-folder';
import { tree as realTree } from '@/content/troubleshooter/tree';
import type { Tree } from './define-tree';
import { loadTroubleshooter } from './load';
import { loadTroubleshooterPage } from './pages';
import { buildTroubleshooter } from './read-tree';

const frontmatter = (title: string, answers = '') =>
  `---\ntitle: "${title}"\n${answers}sources: [a568295]\n---\n\n`;
/** A question's file, with its answers' words (YAML lines under `answers:`). */
const question = (title: string, answers = '  first: First\n  second: Second\n') =>
  frontmatter(title, `answers:\n${answers}`) + 'Pick one.\n';
const outcome = (title: string, body = 'Do this.') =>
  frontmatter(title) + `${body}\n\n## What next\n\n- [Start again](/troubleshoot)\n`;

const tree: Tree = {
  start: 'start',
  nodes: {
    start: { kind: 'question', answers: { first: 'one', second: 'two' } },
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
  buildTroubleshooter(routes, 'en', contentFolder(files));

describe('loadTroubleshooter', () => {
  it('joins routes and words: answers, borrowed advice, and the trail of answers to each node', () => {
    const loaded = build(tree, goodFiles);
    const two = loaded.nodes.get('two')!;
    expect(two.text.data.title).toBe('Two, then one');
    expect(two.body).toMatch(/^Because you said two\.\s+Do this\.\s+## What next/);
    expect(two.trail).toEqual([
      { questionId: 'start', questionTitle: 'Which?', answerLabel: 'Second' },
    ]);
    expect(loaded.nodes.get('start')!.answers).toEqual([
      { id: 'first', label: 'First', next: 'one' },
      { id: 'second', label: 'Second', next: 'two' },
    ]);
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
          start: { kind: 'question', answers: { first: 'one' } },
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
    {
      name: 'a route whose answer has no words, naming the answer',
      tree,
      files: { ...goodFiles, 'start.mdx': question('Which?', '  first: First\n') },
      file: /start\.mdx$/,
      field: 'answers.second',
      problem: /tree\.ts routes answer "second" of "start" to "two", so it needs its words here/,
    },
    {
      name: 'words for an answer with no route (a misspelt id)',
      tree,
      files: {
        ...goodFiles,
        'start.mdx': question('Which?', '  first: First\n  second: Second\n  secnod: Third\n'),
      },
      file: /start\.mdx$/,
      field: 'answers.secnod',
      problem: /has no route: tree\.ts gives "start" no answer "secnod"/,
    },
    {
      name: 'two answers with the same words',
      tree,
      files: { ...goodFiles, 'start.mdx': question('Which?', '  first: Yes\n  second: yes\n') },
      file: /start\.mdx$/,
      field: 'answers.second',
      problem: /repeats the words of "first"/,
    },
    {
      name: 'an empty answer',
      tree,
      files: { ...goodFiles, 'start.mdx': question('Which?', '  first: First\n  second: "  "\n') },
      file: /start\.mdx$/,
      field: 'answers.second',
      problem: /is required/,
    },
    {
      name: 'answers on an outcome',
      tree,
      files: {
        ...goodFiles,
        'one.mdx':
          frontmatter('Do one', 'answers:\n  first: First\n') +
          'Do this.\n\n## What next\n\n- [Start again](/troubleshoot)\n',
      },
      file: /one\.mdx$/,
      field: 'answers',
      problem: /an outcome has no answers/,
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

  it('holds the words of answers to the facts rules, naming the file and the answer', () => {
    const files = {
      ...goodFiles,
      'start.mdx': question('Which?', '  first: First\n  second: I tapped {withdraw}\n'),
    };
    const error = contentErrorOf(() => build(tree, files));
    expect(error.file).toMatch(/start\.mdx$/);
    expect(error.field).toBe('answers.second');
    expect(error.message).toMatch(/breaks neutral-verbs/);
  });

  it('loads the checklist page text', () => {
    expect(loadTroubleshooterPage('checklist').data.sources.length).toBeGreaterThan(0);
  });
});
