/**
 * A question's routes: each answer's stable id (kebab-case) and the node it leads to, in the
 * order the question offers them. The words of each answer are in the question's own
 * nodes/<id>.mdx (`answers:` in its frontmatter), keyed by the same ids.
 */
export type Routes<Id extends string = string, AnswerId extends string = string> = Readonly<
  Record<AnswerId, Id>
>;

interface QuestionNode<Id extends string = string> {
  readonly kind: 'question';
  readonly answers: Routes<Id>;
}

interface OutcomeNode<Id extends string = string> {
  readonly kind: 'outcome';
  /**
   * Follow this node's own words with another outcome's advice. The tree is strict (one parent
   * per node, so "Your answers" is known for every URL); this is how two branches reach the
   * same advice without copying it.
   */
  readonly adviceFrom?: Id;
}

export type TreeNode<Id extends string = string> = QuestionNode<Id> | OutcomeNode<Id>;

/** The troubleshooter's structure: where each answer leads. The words live in MDX, per node. */
export interface Tree<Id extends string = string> {
  readonly start: Id;
  readonly nodes: Readonly<Record<Id, TreeNode<Id>>>;
}

/** The answer ids of one question of a tree declared with defineTree. */
export type AnswerIdOf<
  T extends { nodes: object },
  Q extends keyof T['nodes'],
> = T['nodes'][Q] extends {
  answers: infer A;
}
  ? keyof A & string
  : never;

/** The ids of a tree's questions (the nodes with answers). */
export type QuestionIdOf<T extends { nodes: object }> = {
  [K in keyof T['nodes']]: T['nodes'][K] extends { kind: 'question' } ? K : never;
}[keyof T['nodes']] &
  string;

type Checked<Nodes> = { [K in keyof Nodes]: TreeNode<NoInfer<keyof Nodes & string>> };

/**
 * Declares the tree. The node ids are the keys of `nodes` and each question's answer ids the
 * keys of its `answers`, both kept as literal types (NoInfer keeps `start`, the answers'
 * targets and `adviceFrom` from widening them): a typo in an id that points at a node is a
 * compile error, and so is a typo in an answer id wherever code names one (the intent test).
 */
export function defineTree<const Nodes extends Record<string, TreeNode>>(tree: {
  start: NoInfer<keyof Nodes & string>;
  nodes: Nodes & Checked<Nodes>;
}): { readonly start: keyof Nodes & string; readonly nodes: Nodes } {
  return tree;
}
