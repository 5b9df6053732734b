/** One choice on a question: what the person clicks, and the node it leads to. */
export interface Answer<Id extends string = string> {
  readonly label: string;
  readonly next: Id;
}

interface QuestionNode<Id extends string = string> {
  readonly kind: 'question';
  readonly answers: readonly Answer<Id>[];
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

/**
 * Declares the tree. The node ids are inferred from the keys of `nodes` only (NoInfer keeps
 * `start`, `next` and `adviceFrom` from widening them), so a typo in any id that points at a
 * node is a compile error.
 */
export function defineTree<Id extends string>(tree: {
  start: NoInfer<Id>;
  nodes: { [K in Id]: TreeNode<NoInfer<Id>> };
}): Tree<Id> {
  return tree;
}
