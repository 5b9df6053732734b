import { contentErrorOf } from '@/tests/content-folder';
import { checkSources } from '@/lib/sources/registry';
import { labels as siteRegistry } from '@/content/labels';
import {
  alternativesOf,
  checkLabels,
  labelText,
  registeredTexts,
  shownLabel,
  siteLabels,
} from './registry';

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
    [
      'a German text with only an undated note (a label we translated ourselves)',
      { more: { ...more, de: [{ text: 'Mehr', sightings: [{ note: 'obvious', on: 'web' }] }] } },
      'more.de.0.sightings',
      /no sighting with a source or a dated note/,
    ],
    [
      'a language key that is no language',
      { more: { ...more, xx: [{ text: 'Mehr', sightings: [{ source: 'notes', on: 'web' }] }] } },
      'more.xx',
      /two-letter code/,
    ],
    [
      'a French text citing a source not in content/sources.ts',
      { more: { ...more, fr: [{ text: 'Plus', sightings: [{ source: 'nope', on: 'web' }] }] } },
      'more.fr.0.sightings.0.source',
      /"nope" is not a source/,
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
    expect(labelText('more', 'desktop', 'en', labels)).toBe('More');
    expect(labelText('more', 'android', 'en', labels)).toBe('More options');
    expect(labelText('more', 'ios', 'en', labels)).toBe('More');
    expect(labelText('show-all', 'ios', 'en', labels)).toBe('Show all');
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

  it('shows a language’s text where a sighting on the page’s surface exists, else English, and says which', () => {
    const withGerman = checkLabels(
      {
        more: {
          ...more,
          de: [
            { text: 'Mehr', sightings: [{ note: 'a live read', on: 'web', seen: '2026-09-18' }] },
          ],
        },
      },
      sources,
    );
    expect(shownLabel('more', 'desktop', 'de', withGerman)).toMatchObject({
      text: 'Mehr',
      english: 'More',
      inLocale: true,
    });
    // No German text seen in the Android app: its English text, said to be English.
    expect(shownLabel('more', 'android', 'de', withGerman)).toMatchObject({
      text: 'More options',
      english: 'More options',
      inLocale: false,
    });
    // No French text at all.
    expect(shownLabel('more', 'desktop', 'fr', withGerman)).toMatchObject({
      text: 'More',
      inLocale: false,
    });
    expect(shownLabel('more', 'desktop', 'en', withGerman)).toMatchObject({
      text: 'More',
      inLocale: true,
    });
  });

  it('knows the texts of every language, for the check that no content types one', () => {
    const withGerman = checkLabels(
      { more: { ...more, de: [{ text: 'Mehr', sightings: [{ source: 'notes', on: 'web' }] }] } },
      sources,
    );
    expect(registeredTexts(withGerman).get('Mehr')).toBe('more');
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

describe('the site’s registry in other languages', () => {
  it('every text in a language but English has a sighting with a source or a dated note', () => {
    const undated: string[] = [];
    for (const [id, label] of Object.entries(siteRegistry)) {
      for (const [language, texts] of Object.entries(label)) {
        if (language === 'what' || language === 'alternativeOf' || language === 'en') continue;
        for (const { text, sightings } of texts as readonly {
          text: string;
          sightings: readonly ({ source: string } | { note: string; seen?: string })[];
        }[]) {
          if (!sightings.some((s) => 'source' in s || ('seen' in s && s.seen)))
            undated.push(`${id}.${language}: ${text}`);
        }
      }
    }
    expect(undated).toEqual([]);
  });

  it.each([
    ['pending', 'Ausstehend', 'En attente'],
    ['withdraw', 'Zurückziehen', 'Retirer'],
    ['connect', 'Vernetzen', 'Se connecter'],
    ['more', 'Mehr', 'Plus'],
    ['follow', 'Folgen', 'Suivre'],
    ['people-filter', 'Personen', 'Personnes'],
  ])('%s reads %s in German and %s in French on the website', (id, de, fr) => {
    expect(labelText(id, 'desktop', 'de')).toBe(de);
    expect(labelText(id, 'desktop', 'fr')).toBe(fr);
  });

  it('the German invitation manager is sourced; its French heading and tabs are not: English there', () => {
    expect(labelText('manage-invitations', 'desktop', 'de')).toBe('Einladungen verwalten');
    expect(labelText('sent-tab', 'desktop', 'de')).toBe('Gesendet');
    expect(labelText('received', 'desktop', 'de')).toBe('Eingegangen');
    expect(shownLabel('sent-tab', 'desktop', 'fr')).toMatchObject({
      text: 'Sent',
      inLocale: false,
    });
    expect(shownLabel('my-network', 'desktop', 'de')).toMatchObject({
      text: 'My Network',
      inLocale: false,
    });
  });

  it('no language’s text is shown in the apps: no source shows one there', () => {
    expect(shownLabel('pending', 'ios', 'de')).toMatchObject({ text: 'Pending', inLocale: false });
    expect(shownLabel('more', 'android', 'fr')).toMatchObject({
      text: 'More options',
      inLocale: false,
    });
  });

  it('every language key is a language', () => {
    for (const label of siteLabels().values())
      for (const language of label.languages.keys()) expect(language).toMatch(/^[a-z]{2}$/);
  });
});
