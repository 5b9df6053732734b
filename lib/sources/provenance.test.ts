import { siteSources } from './registry';
import { archivedOnly, lastCheckedOf, mergeProvenance } from './provenance';

const source = (id: string) => siteSources().get(id)!;

describe('mergeProvenance', () => {
  it('keeps each source once, in order', () => {
    const [withdraw, limits, old] = [
      source('a568295'),
      source('a551012'),
      source('a26-2015-08-31'),
    ];
    expect(
      mergeProvenance([{ sources: [withdraw, limits] }, { sources: [limits, old] }]).sources,
    ).toEqual([withdraw, limits, old]);
  });
});

describe('lastCheckedOf', () => {
  it('is the oldest read date: a page is only as checked as its least recently read source', () => {
    const read = (id: string, day: string) => ({ ...source(id), read: day });
    expect(
      lastCheckedOf([
        read('a568295', '2026-12-06'),
        read('a551012', '2026-10-01'),
        read('a550555', '2026-11-27'),
      ]),
    ).toBe('2026-10-01');
  });
});

describe('archivedOnly', () => {
  it('is true only when every source is an archived LinkedIn page', () => {
    expect(archivedOnly([source('a26-2015-08-31'), source('a49-2013-11-12')])).toBe(true);
    expect(archivedOnly([source('a26-2015-08-31'), source('a568295')])).toBe(false);
  });
});
