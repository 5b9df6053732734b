/** One thing a content rule found wrong in a file, before the pass turns it into a ContentError. */
export interface Problem {
  field: string;
  problem: string;
  /** The id of the facts or source rule broken, if it was one. */
  rule?: string;
}
