import { checkSources } from '@/lib/sources/registry';
import { firstDay, isStale, labelIdsIn, screenLastSeen } from './freshness';
import { checkLabels } from './registry';

const read = '2026-12-06';
const sources = checkSources({
  notes: {
    kind: 'field-notes',
    title: 'N',
    url: 'https://example.com/n',
    seen: '2026-09-10',
    read,
  },
  code: { kind: 'page-code', title: 'C', url: 'https://example.com/c', seen: '2025-12', read },
  app: { kind: 'page-code', title: 'A', url: 'https://example.com/a', seen: '2025-04-15', read },
});
const labels = checkLabels(
  {
    pending: { what: 'p', en: [{ text: 'Pending', sightings: [{ source: 'notes', on: 'web' }] }] },
    'load-more': {
      what: 'l',
      en: [{ text: 'Load more', sightings: [{ source: 'code', on: 'web' }] }],
    },
    more: {
      what: 'm',
      en: [
        { text: 'More', sightings: [{ source: 'notes', on: 'web' }] },
        { text: 'More options', sightings: [{ source: 'app', on: 'android' }] },
      ],
    },
    me: { what: 'me', en: [{ text: 'Me', sightings: [{ note: 'undated', on: 'web' }] }] },
  },
  sources,
);

describe('isStale', () => {
  const today = new Date('2026-12-07T00:00:00Z');
  it.each([
    ['2026-09-10', false],
    ['2025-12-08', false],
    ['2025-12-06', true],
    // A month counts from its first day: December 2025 is over a year before 7 December 2026.
    ['2025-12', true],
    ['2026', false],
    ['', false],
  ])('%s → %s', (seen, stale) => {
    expect(isStale(seen, today)).toBe(stale);
  });

  it('reads a month or a year at its first day', () => {
    expect([firstDay('2025-12'), firstDay('2026'), firstDay('2026-09-10')]).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-09-10',
    ]);
  });
});

describe('screenLastSeen', () => {
  it('is the oldest of the labels’ newest sightings, and who made it', () => {
    expect(screenLastSeen(['pending', 'load-more'], 'desktop', labels)).toEqual({
      seen: '2025-12',
      by: 'page code',
      on: 'web',
    });
    expect(screenLastSeen(['pending', 'more'], 'desktop', labels)).toEqual({
      seen: '2026-09-10',
      by: 'a real account',
      on: 'web',
    });
  });

  it('prefers a sighting on the page’s own surface', () => {
    const both = checkLabels(
      {
        grow: {
          what: 'g',
          en: [
            {
              text: 'Grow',
              sightings: [
                { source: 'notes', on: 'web' },
                { source: 'app', on: 'android' },
              ],
            },
          ],
        },
      },
      sources,
    );
    expect(screenLastSeen(['grow'], 'android', both)?.seen).toBe('2025-04-15');
    expect(screenLastSeen(['grow'], 'desktop', both)?.seen).toBe('2026-09-10');
  });

  it('reads each label as the platform shows it', () => {
    expect(screenLastSeen(['pending', 'more'], 'android', labels)).toEqual({
      seen: '2025-04-15',
      by: 'page code',
      on: 'android',
    });
  });

  it('leaves out labels nobody dated, and says nothing when none is dated', () => {
    expect(screenLastSeen(['me', 'pending'], 'desktop', labels)?.seen).toBe('2026-09-10');
    expect(screenLastSeen(['me'], 'desktop', labels)).toBeUndefined();
  });
});

it('labelIdsIn finds each <UI> label a body names, once', () => {
  expect(labelIdsIn('Tap <UI id="more" />, then <UI id="pending" /> or <UI id="more"/>.')).toEqual([
    'more',
    'pending',
  ]);
});

describe('freshness in another language', () => {
  it('dates a German page’s label by the German text’s own sightings', async () => {
    const { newestSighting: newest } = await import('./freshness');
    const { labelOf } = await import('./registry');
    expect(newest(labelOf('sent-tab'), 'desktop', 'de')?.seen).toBe('2026-08-12');
    // No French Sent tab is sourced: the page shows the English one, dated by its sightings.
    expect(newest(labelOf('sent-tab'), 'desktop', 'fr')?.seen).toBe(
      newest(labelOf('sent-tab'), 'desktop')?.seen,
    );
  });
});
