import { describe, expect, it } from 'vitest';
import { DONE_SEGMENT } from '@/lib/routes';
import { stepIndexOf } from './segments';

const ids = ['open-my-network', 'open-sent', 'withdraw'];

describe('stepIndexOf', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['open-my-network', 0],
    ['withdraw', 2],
    [DONE_SEGMENT, 3],
    ['no-such-step', null],
    ['Withdraw', null],
  ])('%s → %s', (segment, expected) => {
    expect(stepIndexOf(ids, segment)).toBe(expected);
  });
});
