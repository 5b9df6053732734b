/**
 * Moving between editions:
 * - the home page's suggestion of the edition the browser's languages ask for: who sees it is
 *   decided before first paint (`data-suggest-edition` on <html>, which CSS reads), so it never
 *   flashes in or pushes the page down; never a redirect;
 * - a choice (an edition picked, from the suggestion or the language switch, or the suggestion
 *   dismissed) is remembered in this browser, and nothing is suggested again (rememberChoices,
 *   run by the language switch, which every page has);
 * - a language-switch link followed from a step the wizard moved to (history.pushState, after
 *   the links were rendered) leads to that same step in the other edition.
 * Dependency-free: the layout and the pages use it.
 */
import { locales, type Locale } from '@/lib/locales';
import { localePath, unlocalePath } from '@/lib/routes';

export const editionStorageKey = 'unsend:edition';

/** The attribute the head script sets on <html>: the edition to suggest. */
export const suggestAttribute = 'data-suggest-edition';

/** On a link or button: the choice it makes (an edition's code, or 'dismissed'). */
export const choiceAttribute = 'data-edition-choice';

/** On a language-switch link: lead to the page the reader is on now, in that edition. */
export const followAttribute = 'data-follow-page';

/**
 * Script text for the head, after the head script (the same on every page: the page's own
 * edition is its <html lang>): the suggestion only. Kept short: the page carries it twice (HTML
 * and React's payload). Remembering a choice is LanguageSwitch's (rememberChoices).
 */
export function editionScript(): string {
  const json = JSON.stringify;
  return `(function(){var d=document.documentElement,L=${json(locales)};try{if(localStorage.getItem(${json(editionStorageKey)})!=null)return}catch(x){return}
var n=navigator.languages||[navigator.language];for(var i=0;i<n.length;i++){var l=String(n[i]).split('-')[0].toLowerCase();if(L.indexOf(l)>=0){if(l!=d.lang)d.setAttribute(${json(suggestAttribute)},l);return}}})();`;
}

/**
 * Remembers the reader's choice of edition (a link or button with data-edition-choice: the
 * suggestion's, the language switch's) and leads a switch link to the page the reader is on now
 * (a wizard's step moved with history.pushState after the links were rendered). One listener on
 * the document, in the capture phase, so it runs before the link is followed. Returns its removal.
 */
export function rememberChoices(): () => void {
  const pick = (event: Event) => {
    const target = event.target as Element | null;
    const link = target?.closest?.(`[${choiceAttribute}]`);
    if (!link) return;
    const choice = link.getAttribute(choiceAttribute)!;
    try {
      localStorage.setItem(editionStorageKey, choice);
    } catch {
      // Storage off: the suggestion comes back next time.
    }
    document.documentElement.removeAttribute(suggestAttribute);
    if (link.hasAttribute(followAttribute) && choice !== 'dismissed')
      link.setAttribute('href', localePath(choice as Locale, unlocalePath(location.pathname)));
  };
  addEventListener('click', pick, true);
  addEventListener('auxclick', pick, true);
  return () => {
    removeEventListener('click', pick, true);
    removeEventListener('auxclick', pick, true);
  };
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
