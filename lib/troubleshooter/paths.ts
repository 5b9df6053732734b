import type { Answer, Tree } from './define-tree';

/** One answer given on the way to a node: the question it answered and the choice made. */
export interface TrailStep {
  question: string;
  answer: Answer;
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
    for (const answer of node.answers) {
      if (!path.includes(answer.next)) walk([...path, answer.next]);
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
  for (const [question, node] of Object.entries(tree.nodes)) {
    if (node.kind !== 'question') continue;
    for (const answer of node.answers) parent.set(answer.next, { question, answer });
  }
  const trail: TrailStep[] = [];
  for (let at = parent.get(id); at && trail.length <= Object.keys(tree.nodes).length;) {
    trail.unshift(at);
    at = parent.get(at.question);
  }
  return trail;
}
