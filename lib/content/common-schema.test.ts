import { describe, expect, it } from 'vitest';
import { mergeProvenance } from './common-schema';

const help = { title: 'LinkedIn Help', url: 'https://www.linkedin.com/help/linkedin' };
const old = { title: 'LinkedIn Help (a_id 26)', url: 'https://www.linkedin.com/help/linkedin' };
const withdraw = {
  title: 'Withdraw',
  url: 'https://www.linkedin.com/help/linkedin/answer/a568295',
};

describe('mergeProvenance', () => {
  it('keeps each source once, in order, and the oldest check', () => {
    expect(
      mergeProvenance([
        { sources: [withdraw, help], lastChecked: '2026-11-27' },
        { sources: [help, old], lastChecked: '2026-10-01' },
      ]),
    ).toEqual({ sources: [withdraw, help, old], lastChecked: '2026-10-01' });
  });
});
