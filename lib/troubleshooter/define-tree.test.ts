import { defineTree } from './define-tree';

describe('defineTree', () => {
  it('makes a typo in a node id a compile error (checked by tsc --noEmit)', () => {
    const outcome = { kind: 'outcome' } as const;
    const good = defineTree({
      start: 'ask',
      nodes: {
        ask: {
          kind: 'question',
          answers: [
            { label: 'A', next: 'done' },
            { label: 'B', next: 'same' },
          ],
        },
        done: outcome,
        same: { kind: 'outcome', adviceFrom: 'done' },
      },
    });
    expect(Object.keys(good.nodes)).toEqual(['ask', 'done', 'same']);

    defineTree({
      // @ts-expect-error: "asK" is not a node id
      start: 'asK',
      nodes: { ask: { kind: 'question', answers: [] }, done: outcome },
    });
    defineTree({
      start: 'ask',
      nodes: {
        // @ts-expect-error: "dnoe" is not a node id
        ask: { kind: 'question', answers: [{ label: 'A', next: 'dnoe' }] },
        done: outcome,
      },
    });
    defineTree({
      start: 'ask',
      nodes: {
        ask: { kind: 'question', answers: [{ label: 'A', next: 'done' }] },
        // @ts-expect-error: adviceFrom must name a node too
        done: { kind: 'outcome', adviceFrom: 'elsewhere' },
      },
    });
  });
});
