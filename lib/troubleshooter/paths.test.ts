import { tree } from '@/content/troubleshooter/tree';
import type { Tree, TreeNode } from './define-tree';
import { enumeratePaths, trailTo } from './paths';
import { MAX_PATH_ANSWERS } from './validate';

const small: Tree = {
  start: 's',
  nodes: {
    s: { kind: 'question', answers: { 'to-a': 'a', 'to-z': 'z' } },
    a: { kind: 'question', answers: { 'to-x': 'x', 'to-y': 'y' } },
    x: { kind: 'outcome' },
    y: { kind: 'outcome' },
    z: { kind: 'outcome' },
  },
};

describe('enumeratePaths', () => {
  it('lists every route from the start to an outcome, in answer order', () => {
    expect(enumeratePaths(small)).toEqual([
      ['s', 'a', 'x'],
      ['s', 'a', 'y'],
      ['s', 'z'],
    ]);
  });
});

describe('trailTo', () => {
  it('gives the answers that lead to a node, from the start', () => {
    expect(trailTo(small, 'y')).toEqual([
      { question: 's', answer: { id: 'to-a', next: 'a' } },
      { question: 'a', answer: { id: 'to-y', next: 'y' } },
    ]);
    expect(trailTo(small, 's')).toEqual([]);
  });
});

describe('the troubleshooter tree', () => {
  const paths = enumeratePaths(tree);
  const outcomes = Object.entries(tree.nodes).filter(([, node]) => node.kind === 'outcome');

  it.each(paths.map((path) => [path.join(' → '), path] as const))(
    '%s: starts at the start, follows answers, ends at an outcome within the limit',
    (_, path) => {
      expect(path[0]).toBe(tree.start);
      for (let i = 1; i < path.length; i++) {
        const from: TreeNode = tree.nodes[path[i - 1] as keyof typeof tree.nodes];
        expect(from.kind).toBe('question');
        if (from.kind === 'question') expect(Object.values(from.answers)).toContain(path[i]);
      }
      expect(tree.nodes[path.at(-1) as keyof typeof tree.nodes].kind).toBe('outcome');
      expect(path.length - 1).toBeLessThanOrEqual(MAX_PATH_ANSWERS);
    },
  );

  it('has exactly one path to each outcome, and every node lies on a path', () => {
    expect(paths.map((path) => path.at(-1)).sort()).toEqual(outcomes.map(([id]) => id).sort());
    expect(new Set(paths.flat())).toEqual(new Set(Object.keys(tree.nodes)));
  });

  it('matches each path with the trail of answers its outcome page shows', () => {
    for (const path of paths) {
      expect(trailTo(tree, path.at(-1)!).map((step) => step.question)).toEqual(path.slice(0, -1));
    }
  });
});
