/**
 * The made-up people the pictures show, so names stay the same from one picture to the next.
 * Neutral, invented names.
 */
export const profiles = {
  /** One of your connections. */
  connection: { name: 'Alex Morgan', headline: 'Data analyst' },
} as const;

export type Person = { name: string; headline: string };
