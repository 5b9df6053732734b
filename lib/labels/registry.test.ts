import { contentErrorOf } from '@/tests/content-folder';
import { checkSources } from '@/lib/sources/registry';
import { alternativesOf, checkLabels, labelText, registeredTexts } from './registry';

const read = '2026-12-06';
const sources = checkSources({
  notes: {
    kind: 'field-notes',
    title: 'Notes',
    url: 'https://example.com/n',
    seen: '2026-09-10',
    read,
  },
  howto: { kind: 'third-party-how-to', title: 'How-to', url: 'https://example.com/h', read },
  app: { kind: 'page-code', title: 'App', url: 'https://example.com/a', seen: '2025-04-15', read },
});

const showAll = {
  what: 'the link beside Invitations',
  en: [
    // Written oldest first on purpose: the order on the page comes from the dates.
    { text: 'See all', sightings: [{ note: 'a 2019 how-to', on: 'web', seen: '2019-11' }] },
    { text: 'Manage', sightings: [{ source: 'howto', on: 'web' }] },
    { text: 'Show all', sightings: [{ source: 'notes', on: 'web' }] },
  ],
};
const more = {
  what: 'the overflow button',
  en: [
    { text: 'More', sightings: [{ source: 'notes', on: 'web' }] },
    { text: 'More options', sightings: [{ source: 'app', on: 'android' }] },
  ],
};

describe('a broken labels registry fails naming the file and the field', () => {
  it.each([
    [
      'a sighting of a source not in content/sources.ts',
      { more: { ...more, en: [{ text: 'More', sightings: [{ source: 'nope', on: 'web' }] }] } },
      'more.en.0.sightings.0.source',
      /"nope" is not a source/,
    ],
    [
      'a surface that is not web, ios or android',
      {
        more: { ...more, en: [{ text: 'More', sightings: [{ source: 'notes', on: 'windows' }] }] },
      },
      'more.en.0.sightings.0',
      /./,
    ],
    ['a label with no text', { more: { ...more, en: [] } }, 'more.en', /at least one text/],
    [
      'an alternative of a label that does not exist',
      { more: { ...more, alternativeOf: 'less' } },
      'more.alternativeOf',
      /"less" is not a label/,
    ],
    [
      'a text nobody saw',
      { more: { ...more, en: [{ text: 'More', sightings: [] }] } },
      'more.en.0.sightings',
      /at least one sighting/,
    ],
    [
      'a date that is no date',
      {
        more: {
          ...more,
          en: [{ text: 'More', sightings: [{ note: 'x', on: 'web', seen: 'autumn' }] }],
        },
      },
      'more.en.0.sightings.0.seen',
      /YYYY-MM-DD/,
    ],
  ])('%s', (_name, registry, field, problem) => {
    const error = contentErrorOf(() => checkLabels(registry, sources));
    expect(error.file).toBe('content/labels.ts');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(problem);
  });
});

describe('the labels registry', () => {
  const labels = checkLabels({ 'show-all': showAll, more }, sources);

  it('orders each label’s texts freshest evidence first, from the dates, undated last', () => {
    expect(labels.get('show-all')!.texts.map((text) => [text.text, text.newest])).toEqual([
      ['Show all', '2026-09-10'],
      ['See all', '2019-11'],
      ['Manage', ''],
    ]);
  });

  it('prints the text seen on the page’s surface, else the freshest anywhere', () => {
    expect(labelText('more', 'desktop', labels)).toBe('More');
    expect(labelText('more', 'android', labels)).toBe('More options');
    expect(labelText('more', 'ios', labels)).toBe('More');
    expect(labelText('show-all', 'ios', labels)).toBe('Show all');
  });

  it('knows every text it holds, for the check that no content types one', () => {
    expect([...registeredTexts(labels)]).toEqual([
      ['Show all', 'show-all'],
      ['See all', 'show-all'],
      ['Manage', 'show-all'],
      ['More', 'more'],
      ['More options', 'more'],
    ]);
  });

  it('the site’s own registry passes its checks', async () => {
    const { siteLabels } = await import('./registry');
    expect(siteLabels().get('pending')!.texts[0]!.text).toBe('Pending');
  });

  it('orders a label and its alternatives freshest evidence first, whatever their order here', () => {
    const forms = checkLabels(
      {
        'see-all': { ...showAll, alternativeOf: 'show-all', en: [showAll.en[0]] },
        manage: { ...showAll, alternativeOf: 'show-all', en: [showAll.en[1]] },
        'show-all': { ...showAll, en: [showAll.en[2]] },
      },
      sources,
    );
    expect(alternativesOf('manage', forms).map((label) => label.id)).toEqual([
      'show-all',
      'see-all',
      'manage',
    ]);
  });
});
