/**
 * The made-up people the pictures show, so names stay the same from one picture to the next.
 * Neutral, invented names; headlines on profiles only, where there is room to read them. How
 * long ago each was invited is LinkedIn's wording, so it is in the label catalog.
 */
export const sentTo = [{ name: 'Sam Lee' }, { name: 'Ana Ruiz' }, { name: 'Kim Park' }] as const;

/** Whose profile a picture shows. */
export const profiles = {
  /** Someone you have just invited (the first row of the Sent list). */
  invited: { name: sentTo[0].name, headline: 'Product designer' },
  /** A profile whose main button is Follow (a creator, many followers). */
  followFirst: { name: 'Robin Hale', headline: 'Writer and speaker' },
  /** One of your connections. */
  connection: { name: 'Alex Morgan', headline: 'Data analyst' },
} as const;

export type Person = { name: string; headline: string };
