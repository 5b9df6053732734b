import { defineTree, type AnswerIdOf } from './define-tree';
import { validateTree } from './validate';

const outcome = { kind: 'outcome' } as const;

describe('defineTree', () => {
  it('returns the tree as written', () => {
    const nodes = {
      ask: { kind: 'question', answers: { a: 'done', b: 'same' } },
      done: outcome,
      same: { kind: 'outcome', adviceFrom: 'done' },
    } as const;
    const tree = defineTree({ start: 'ask', nodes });
    expect(tree).toEqual({ start: 'ask', nodes });
    expect(tree.nodes).toBe(nodes);
  });

  // Compile-time only: each @ts-expect-error fails `npm run typecheck` (tsc --noEmit) if the typo
  // stops being a type error. At run time the same typos are caught by validateTree, checked here.
  it('makes a typo in a node id a compile error, and the loader’s validation an error too', () => {
    const badStart = defineTree({
      // @ts-expect-error: "asK" is not a node id
      start: 'asK',
      nodes: { ask: { kind: 'question', answers: {} }, done: outcome },
    });
    expect(validateTree(badStart, ['ask', 'done'])).toContainEqual(
      expect.objectContaining({ node: 'asK' }),
    );

    const badNext = defineTree({
      start: 'ask',
      nodes: {
        // @ts-expect-error: "dnoe" is not a node id
        ask: { kind: 'question', answers: { a: 'dnoe' } },
        done: outcome,
      },
    });
    expect(
      validateTree(badNext, ['ask', 'done'])
        .map((p) => p.problem)
        .join('\n'),
    ).toMatch(/dnoe/);

    const badAdvice = defineTree({
      start: 'ask',
      nodes: {
        ask: { kind: 'question', answers: { a: 'done' } },
        // @ts-expect-error: adviceFrom must name a node too
        done: { kind: 'outcome', adviceFrom: 'elsewhere' },
      },
    });
    expect(
      validateTree(badAdvice, ['ask', 'done'])
        .map((p) => p.problem)
        .join('\n'),
    ).toMatch(/elsewhere/);
  });

  it('keeps each question’s answer ids, so code that names one with a typo does not compile', () => {
    const tree = defineTree({
      start: 'ask',
      nodes: {
        ask: { kind: 'question', answers: { yes: 'done', 'not-sure': 'other' } },
        done: outcome,
        other: outcome,
      },
    });
    const next = <A extends AnswerIdOf<typeof tree, 'ask'>>(answer: A) =>
      tree.nodes.ask.answers[answer];
    expect(next('not-sure')).toBe('other');
    // @ts-expect-error: "yse" is not an answer of "ask"
    expect(next('yse')).toBeUndefined();
    // @ts-expect-error: an outcome has no answers
    const none: AnswerIdOf<typeof tree, 'done'> = 'yes';
    expect(none).toBe('yes');
  });
});
