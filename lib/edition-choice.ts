/**
 * The home page's suggestion of another edition (the one the browser's languages ask for): who
 * sees it is decided by a few lines in the head script, before first paint, so it never flashes
 * in or pushes the page down; a choice (dismissed, or an edition picked) is remembered in this
 * browser and nothing is suggested again. Dependency-free: the layout and a client leaf use it.
 */
import { locales, type Locale } from '@/lib/locales';

export const editionStorageKey = 'unsend:edition';

/** The attribute the head script sets on <html>: the edition to suggest. */
export const suggestAttribute = 'data-suggest-edition';

/**
 * Script text for the head: the first of navigator.languages that has an edition, if that isn't
 * the page's own and no choice is remembered, lands in `data-suggest-edition`. Never a redirect.
 */
export function editionScript(current: Locale): string {
  return `(function(){try{if(localStorage.getItem(${JSON.stringify(editionStorageKey)})!==null)return}catch(e){return}
var L=${JSON.stringify(locales)},n=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];
for(var i=0;i<n.length;i++){var l=String(n[i]).toLowerCase().split('-')[0];if(L.indexOf(l)>=0){if(l!==${JSON.stringify(current)})document.documentElement.setAttribute(${JSON.stringify(suggestAttribute)},l);return}}})();`;
}

/** CSS that shows the suggestion for the edition the head script chose, and only that. */
export function suggestionStyle(): string {
  const box = '[data-edition-suggestion]';
  return [
    `${box},${box} [data-edition]{display:none}`,
    ...locales.map(
      (locale) =>
        `:root[${suggestAttribute}="${locale}"] ${box}{display:block}:root[${suggestAttribute}="${locale}"] ${box} [data-edition="${locale}"]{display:flex}`,
    ),
  ].join('');
}

/** Remembers the reader's choice: an edition's code, or 'dismissed'. */
export function rememberEdition(choice: Locale | 'dismissed'): void {
  try {
    localStorage.setItem(editionStorageKey, choice);
  } catch {
    // Storage off: the suggestion simply comes back next time.
  }
  document.documentElement.removeAttribute(suggestAttribute);
}
