import { describe, expect, it } from 'vitest';
import { lostPoints, median, score } from './lighthouse-methods.mjs';

describe('median', () => {
  it('is the middle run of an odd count, whatever the order', () => {
    expect(median([0.46, 0.39, 0.4])).toBe(0.4);
  });

  it('is the mean of the two middle runs of an even count (a page and its one rerun)', () => {
    expect(median([600, 400])).toBe(500);
    expect(median([0.32, 0.48, 0.32, 0.37])).toBeCloseTo(0.345);
  });

  it('leaves the runs it is given in their order', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });
});

describe('a report read for the gates', () => {
  const lhr = {
    categories: {
      accessibility: {
        score: 0.96,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'label', weight: 7 },
          { id: 'tabindex', weight: 0 },
        ],
      },
    },
    audits: { 'color-contrast': { score: 0 }, label: { score: 1 }, tabindex: { score: 0 } },
  };

  it('scores a category out of 100, and a missing one as 0', () => {
    expect(score(lhr, 'accessibility')).toBe(96);
    expect(score(lhr, 'seo')).toBe(0);
  });

  it('names the weighted audits that cost the points, not the unweighted ones', () => {
    expect(lostPoints(lhr, 'accessibility')).toEqual(['color-contrast']);
  });
});
