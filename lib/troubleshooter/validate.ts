import { kebabId } from '@/lib/content/common-schema';
import type { Tree } from './define-tree';
import { routesOf } from './paths';

/** No path from the start to an outcome may take more answers than this. */
export const MAX_PATH_ANSWERS = 8;

/** Node ids that would clash with other pages under /troubleshoot/. */
const reservedIds: readonly string[] = ['map'];

export interface TreeProblem {
  /** The node the problem is about (or the orphan MDX file's id). */
  node: string;
  /** Where to fix it: the routes in tree.ts, or the words in nodes/<id>.mdx. */
  where: 'tree' | 'text';
  problem: string;
}

/**
 * Everything that makes a tree unusable or unprovable, as a list (empty = valid). Pure: the
 * loader feeds it the tree and the ids of the MDX files it found.
 */
export function validateTree(tree: Tree, textIds: readonly string[]): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const add = (node: string, problem: string, where: TreeProblem['where'] = 'tree') =>
    problems.push({ node, where, problem });
  const ids = Object.keys(tree.nodes);
  const exists = (id: string) => Object.hasOwn(tree.nodes, id);
  const nextOf = (id: string): string[] =>
    routesOf(tree, id)
      .map((answer) => answer.next)
      .filter(exists);

  if (!exists(tree.start)) add(tree.start, 'is the start node, but there is no such node');

  const parents = new Map<string, string[]>();
  for (const id of ids) {
    if (!kebabId.safeParse(id).success) add(id, 'is not a kebab-case id (it becomes a URL)');
    if (reservedIds.includes(id)) add(id, `is reserved (/troubleshoot/${id} is another page)`);
    const node = tree.nodes[id]!;
    if (node.kind !== 'question') continue;
    const answers = routesOf(tree, id);
    if (answers.length < 2) {
      add(id, `has ${answers.length} answer(s); a question needs at least 2`);
    }
    for (const answer of answers) {
      if (!kebabId.safeParse(answer.id).success) {
        add(id, `has an answer id "${answer.id}" that is not kebab-case`);
      } else if (/^\d+$/.test(answer.id)) {
        // An object puts integer-like keys first, whatever order they were written in.
        add(id, `has an answer id "${answer.id}" that is a number: answers would lose their order`);
      }
      if (!exists(answer.next)) {
        add(id, `answer "${answer.id}" leads to "${answer.next}", which is not a node`);
      } else {
        parents.set(answer.next, [...(parents.get(answer.next) ?? []), id]);
      }
    }
  }

  for (const [id, from] of parents) {
    if (id === tree.start) add(id, `is the start node, but an answer on "${from[0]}" leads to it`);
    else if (from.length > 1) {
      add(
        id,
        `is reached by ${from.length} answers (on ${from.join(', ')}); each node has one parent, so give the other branch its own node with adviceFrom`,
      );
    }
  }

  const cycles = findCycles(ids, nextOf);
  for (const cycle of cycles) add(cycle[0]!, `is on a cycle: ${cycle.join(' → ')}`);

  if (exists(tree.start)) {
    const reached = new Set<string>([tree.start]);
    const queue = [tree.start];
    while (queue.length) {
      for (const next of nextOf(queue.shift()!)) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    for (const id of ids) if (!reached.has(id)) add(id, 'cannot be reached from the start');
  }

  const endsWell = new Set(ids.filter((id) => tree.nodes[id]!.kind === 'outcome'));
  for (let grew = true; grew;) {
    grew = false;
    for (const id of ids) {
      if (!endsWell.has(id) && nextOf(id).some((next) => endsWell.has(next))) {
        endsWell.add(id);
        grew = true;
      }
    }
  }
  for (const id of ids) if (!endsWell.has(id)) add(id, 'never leads to an outcome');

  if (cycles.length === 0 && exists(tree.start)) {
    const depth = new Map<string, number>();
    const longest = (id: string): number => {
      if (!depth.has(id))
        depth.set(id, Math.max(0, ...nextOf(id).map((next) => longest(next) + 1)));
      return depth.get(id)!;
    };
    const answers = longest(tree.start);
    if (answers > MAX_PATH_ANSWERS) {
      add(
        tree.start,
        `has a path of ${answers} answers to an outcome; the limit is ${MAX_PATH_ANSWERS}`,
      );
    }
  }

  const texts = new Set(textIds);
  for (const id of ids) {
    const node = tree.nodes[id]!;
    if (!texts.has(id)) add(id, `has no words: add content/troubleshooter/nodes/${id}.mdx`, 'text');
    const from = node.kind === 'outcome' ? node.adviceFrom : undefined;
    if (from === undefined) continue;
    const source = tree.nodes[from];
    if (!source) add(id, `takes its advice from "${from}", which is not a node`);
    else if (from === id) add(id, 'takes its advice from itself');
    else if (source.kind !== 'outcome')
      add(id, `takes its advice from "${from}", which is not an outcome`);
    else if (source.adviceFrom !== undefined) {
      add(id, `takes its advice from "${from}", which borrows its own from "${source.adviceFrom}"`);
    }
  }
  for (const id of textIds) {
    if (!exists(id)) add(id, `nodes/${id}.mdx belongs to no node in tree.ts`, 'text');
  }
  return problems;
}

/** Each cycle once, as the ids along it with the first repeated at the end. */
function findCycles(ids: readonly string[], nextOf: (id: string) => string[]): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (stack: string[]) => {
    const id = stack.at(-1)!;
    state.set(id, 'open');
    for (const next of nextOf(id)) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit([...stack, next]);
    }
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit([id]);
  return cycles;
}
