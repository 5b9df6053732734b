import type { Tree } from './define-tree';

/** One answer given on the way to a node: the question it answered and the choice made. */
export interface TrailStep {
  question: string;
  answer: { id: string; next: string };
}

/** A question's answers in the order it offers them, as ids and where each leads. */
export function routesOf(tree: Tree, id: string): { id: string; next: string }[] {
  const node = tree.nodes[id];
  if (node?.kind !== 'question') return [];
  return Object.entries(node.answers).map(([answer, next]) => ({ id: answer, next }));
}

/**
 * Every route from the start to an outcome, as node ids. Expects a validated tree; a cycle
 * would be cut short rather than loop forever.
 */
export function enumeratePaths(tree: Tree): string[][] {
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    const node = tree.nodes[path.at(-1)!];
    if (!node) return;
    if (node.kind === 'outcome') {
      paths.push(path);
      return;
    }
    for (const { next } of routesOf(tree, path.at(-1)!)) {
      if (!path.includes(next)) walk([...path, next]);
    }
  };
  walk([tree.start]);
  return paths;
}

/**
 * The answers that lead from the start to `id`. Unique because every node has one parent,
 * which is what lets each page list "Your answers" without any state in the URL.
 */
export function trailTo(tree: Tree, id: string): TrailStep[] {
  const parent = new Map<string, TrailStep>();
  for (const question of Object.keys(tree.nodes)) {
    for (const answer of routesOf(tree, question)) parent.set(answer.next, { question, answer });
  }
  const trail: TrailStep[] = [];
  for (let at = parent.get(id); at && trail.length <= Object.keys(tree.nodes).length;) {
    trail.unshift(at);
    at = parent.get(at.question);
  }
  return trail;
}
