import { createTranslator } from 'use-intl/core';
import { fill, plural } from './fill';
import { pluralForms } from './plural-forms';

const catalog = {
  en: '{count, plural, one {Remove # name?} other {Remove all # names?}}',
  de: '{count, plural, one {Den einen Namen entfernen?} other {Alle # Namen entfernen?}}',
  fr: '{count, plural, one {Supprimer # nom ?} other {Supprimer les # noms ?}}',
};

const formsOf = (locale: keyof typeof catalog) => {
  const t = createTranslator({ locale, messages: { m: catalog[locale] } });
  return pluralForms(locale, (count) => t('m', { count }));
};

describe('fill', () => {
  it('fills the placeholders it knows and leaves the others', () => {
    expect(fill('Step {number} of {total}', { number: 2, total: 4 })).toBe('Step 2 of 4');
    expect(fill('Nothing matches “{query}”, {link}', { query: 'x' })).toBe(
      'Nothing matches “x”, {link}',
    );
  });
});

describe('pluralForms and plural', () => {
  it('carries each plural category of the language to the browser, the number marked', () => {
    expect(formsOf('en')).toEqual({
      one: 'Remove {count} name?',
      other: 'Remove all {count} names?',
    });
    expect(formsOf('de').one).toBe('Den einen Namen entfernen?');
  });

  it('picks the form the language’s rules pick, with the number written its way', () => {
    expect(plural('en', formsOf('en'), 1)).toBe('Remove 1 name?');
    expect(plural('en', formsOf('en'), 3)).toBe('Remove all 3 names?');
    expect(plural('de', formsOf('de'), 1)).toBe('Den einen Namen entfernen?');
    expect(plural('de', formsOf('de'), 12)).toBe('Alle 12 Namen entfernen?');
    // French counts 0 and 1 as singular.
    expect(plural('fr', formsOf('fr'), 0)).toBe('Supprimer 0 nom ?');
    expect(plural('fr', formsOf('fr'), 2)).toBe('Supprimer les 2 noms ?');
    expect(plural('de', formsOf('de'), 1500)).toBe('Alle 1.500 Namen entfernen?');
  });
});
