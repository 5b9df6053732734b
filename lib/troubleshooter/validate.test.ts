import type { Tree, TreeNode } from './define-tree';
import { MAX_PATH_ANSWERS, validateTree } from './validate';

const q = (...next: string[]): TreeNode => ({
  kind: 'question',
  answers: Object.fromEntries(next.map((id, i) => [`answer-${i + 1}`, id])),
});
const o = (adviceFrom?: string): TreeNode => ({ kind: 'outcome', adviceFrom });

/** A small valid tree: start → (a → (x, y), z). */
const valid: Tree = {
  start: 'start',
  nodes: { start: q('a', 'z'), a: q('x', 'y'), x: o(), y: o(), z: o() },
};
const textsOf = (tree: Tree) => Object.keys(tree.nodes);

function chain(length: number): Tree {
  const nodes: Record<string, TreeNode> = {};
  for (let i = 0; i < length; i++) nodes[`n${i}`] = q(`n${i + 1}`, `end${i}`);
  for (let i = 0; i < length; i++) nodes[`end${i}`] = o();
  nodes[`n${length}`] = o();
  return { start: 'n0', nodes };
}

describe('validateTree', () => {
  it('accepts a valid tree', () => {
    expect(validateTree(valid, textsOf(valid))).toEqual([]);
  });

  it(`accepts paths of exactly ${MAX_PATH_ANSWERS} answers`, () => {
    const tree = chain(MAX_PATH_ANSWERS);
    expect(validateTree(tree, textsOf(tree))).toEqual([]);
  });

  const broken: { name: string; tree: Tree; texts?: string[]; node: string; problem: RegExp }[] = [
    {
      name: 'a start node that does not exist',
      tree: { ...valid, start: 'begin' },
      node: 'begin',
      problem: /start node, but there is no such node/,
    },
    {
      name: 'an answer leading nowhere',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('x', 'nowhere') } },
      node: 'a',
      problem: /answer "answer-2" leads to "nowhere", which is not a node/,
    },
    {
      name: 'a question with one answer',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('x'), y: o() } },
      node: 'a',
      problem: /a question needs at least 2/,
    },
    {
      name: 'a question with no answers',
      tree: { ...valid, nodes: { ...valid.nodes, a: q() } },
      node: 'a',
      problem: /has 0 answer/,
    },
    {
      name: 'an answer id that is not kebab-case',
      tree: {
        ...valid,
        nodes: { ...valid.nodes, a: { kind: 'question', answers: { Yes: 'x', no: 'y' } } },
      },
      node: 'a',
      problem: /answer id "Yes" that is not kebab-case/,
    },
    {
      name: 'an answer id that is a number (objects put those first)',
      tree: {
        ...valid,
        nodes: { ...valid.nodes, a: { kind: 'question', answers: { yes: 'x', '2': 'y' } } },
      },
      node: 'a',
      problem: /answer id "2" that is a number/,
    },
    {
      name: 'an unreachable node',
      tree: { ...valid, nodes: { ...valid.nodes, lost: o() } },
      node: 'lost',
      problem: /cannot be reached from the start/,
    },
    {
      name: 'an unreachable question (its own subtree counts too)',
      tree: { ...valid, nodes: { ...valid.nodes, island: q('w', 'v'), w: o(), v: o() } },
      node: 'island',
      problem: /cannot be reached/,
    },
    {
      name: 'a cycle',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('x', 'b'), b: q('a', 'y') } },
      node: 'a',
      problem: /cycle: a → b → a/,
    },
    {
      name: 'a question that answers itself',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('a', 'x'), y: o() } },
      node: 'a',
      problem: /cycle: a → a/,
    },
    {
      name: 'questions that never lead to an outcome',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('b', 'c'), b: q('c', 'b'), c: q('b', 'c') } },
      node: 'b',
      problem: /never leads to an outcome/,
    },
    {
      name: 'an answer leading back to the start',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('x', 'start') } },
      node: 'start',
      problem: /start node, but an answer on "a" leads to it/,
    },
    {
      name: 'a node with two parents',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('x', 'z') } },
      node: 'z',
      problem: /reached by 2 answers \(on start, a\).*adviceFrom/,
    },
    {
      name: 'two answers of one question leading to the same node',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('x', 'x') } },
      node: 'x',
      problem: /reached by 2 answers/,
    },
    {
      name: 'a path longer than the limit',
      tree: chain(MAX_PATH_ANSWERS + 1),
      node: 'n0',
      problem: new RegExp(`path of ${MAX_PATH_ANSWERS + 1} answers.*limit is ${MAX_PATH_ANSWERS}`),
    },
    {
      name: 'an id that is not kebab-case',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('x', 'Y_1'), Y_1: o() } },
      node: 'Y_1',
      problem: /kebab-case/,
    },
    {
      name: 'a reserved id',
      tree: { ...valid, nodes: { ...valid.nodes, a: q('x', 'map'), map: o() } },
      node: 'map',
      problem: /reserved/,
    },
    {
      name: 'a node with no MDX',
      tree: valid,
      texts: ['start', 'a', 'x', 'y'],
      node: 'z',
      problem: /no words: add content\/troubleshooter\/nodes\/z\.mdx/,
    },
    {
      name: 'an MDX file that belongs to no node',
      tree: valid,
      texts: [...textsOf(valid), 'stray'],
      node: 'stray',
      problem: /nodes\/stray\.mdx belongs to no node/,
    },
    {
      name: 'adviceFrom naming a missing node',
      tree: { ...valid, nodes: { ...valid.nodes, z: o('gone') } },
      node: 'z',
      problem: /advice from "gone", which is not a node/,
    },
    {
      name: 'adviceFrom naming a question',
      tree: { ...valid, nodes: { ...valid.nodes, z: o('a') } },
      node: 'z',
      problem: /advice from "a", which is not an outcome/,
    },
    {
      name: 'adviceFrom naming itself',
      tree: { ...valid, nodes: { ...valid.nodes, z: o('z') } },
      node: 'z',
      problem: /advice from itself/,
    },
    {
      name: 'adviceFrom naming an outcome that borrows its own',
      tree: { ...valid, nodes: { ...valid.nodes, y: o('x'), z: o('y') } },
      node: 'z',
      problem: /advice from "y", which borrows its own from "x"/,
    },
  ];

  it.each(broken)('reports $name', ({ tree, texts, node, problem }) => {
    const problems = validateTree(tree, texts ?? textsOf(tree));
    expect(problems).toContainEqual(
      expect.objectContaining({ node, problem: expect.stringMatching(problem) }),
    );
  });

  it('reports where to fix each problem: the routes or the words', () => {
    const tree: Tree = { ...valid, nodes: { ...valid.nodes, a: q('x', 'nowhere') } };
    expect(validateTree(tree, [...textsOf(tree), 'stray'])).toEqual([
      expect.objectContaining({ node: 'a', where: 'tree' }),
      expect.objectContaining({ node: 'y', where: 'tree' }),
      expect.objectContaining({ node: 'stray', where: 'text' }),
    ]);
  });
});
