import {
  editionScript,
  editionStorageKey,
  rememberChoices,
  suggestAttribute,
  suggestionStyle,
} from './edition-choice';

/** Runs the head script's edition lines as a page at `path` in `lang` would, then returns <html>. */
function run(path: string, lang: string, languages: string[]) {
  document.documentElement.lang = lang;
  document.documentElement.removeAttribute(suggestAttribute);
  window.history.replaceState(null, '', path);
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  new Function(editionScript())();
  return document.documentElement;
}

afterEach(() => localStorage.clear());

// The files after this one share its page (vitest.config.ts): give back its language, address
// and browser languages as they were.
const before = { lang: document.documentElement.lang, url: window.location.href };
afterAll(() => {
  document.documentElement.lang = before.lang;
  document.documentElement.removeAttribute(suggestAttribute);
  window.history.replaceState(null, '', before.url);
  Reflect.deleteProperty(navigator, 'languages');
});

describe('moving between editions', () => {
  it('suggests the first of the browser’s languages that has an edition, if it is not the page’s', () => {
    expect(run('/', 'en', ['de-AT', 'en']).getAttribute(suggestAttribute)).toBe('de');
    expect(run('/', 'en', ['es', 'fr-CA', 'de']).getAttribute(suggestAttribute)).toBe('fr');
    expect(run('/de', 'de', ['de-DE', 'fr']).hasAttribute(suggestAttribute)).toBe(false);
    expect(run('/', 'en', ['en-GB', 'de']).hasAttribute(suggestAttribute)).toBe(false);
    expect(run('/', 'en', ['ja']).hasAttribute(suggestAttribute)).toBe(false);
  });

  it('suggests nothing once a choice is remembered', () => {
    localStorage.setItem(editionStorageKey, 'dismissed');
    expect(run('/', 'en', ['de']).hasAttribute(suggestAttribute)).toBe(false);
  });

  it('remembers a choice, and a switch link follows the page the reader is on now', () => {
    run('/de/guide/ios', 'de', ['de']);
    const stop = rememberChoices();
    const link = document.createElement('a');
    link.setAttribute('href', '/fr/guide/ios');
    link.setAttribute('data-edition-choice', 'fr');
    link.setAttribute('data-follow-page', '');
    link.addEventListener('click', (event) => event.preventDefault());
    document.body.append(link);
    window.history.pushState(null, '', '/de/guide/ios/open-sent');
    link.click();
    expect(link.getAttribute('href')).toBe('/fr/guide/ios/open-sent');
    expect(localStorage.getItem(editionStorageKey)).toBe('fr');
    link.setAttribute('data-edition-choice', 'en');
    window.history.pushState(null, '', '/de');
    link.click();
    expect(link.getAttribute('href')).toBe('/');
    link.remove();
    stop();
  });

  it('has CSS for every edition', () => {
    expect(suggestionStyle()).toContain(`[${suggestAttribute}="de"]`);
    expect(suggestionStyle()).toContain(`[${suggestAttribute}="fr"]`);
  });
});
