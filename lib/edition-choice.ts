/**
 * Moving between editions, in a few lines of the head script (no client bundle):
 * - the home page's suggestion of the edition the browser's languages ask for: who sees it is
 *   decided before first paint (`data-suggest-edition` on <html>, which CSS reads), so it never
 *   flashes in or pushes the page down; never a redirect;
 * - a choice (an edition picked, from the suggestion or the language switch, or the suggestion
 *   dismissed) is remembered in this browser, and nothing is suggested again;
 * - a language-switch link followed from a step the wizard moved to (history.pushState, after
 *   the links were rendered) leads to that same step in the other edition.
 * Dependency-free: the layout and the pages use it.
 */
import { defaultLocale, locales } from '@/lib/locales';

export const editionStorageKey = 'unsend:edition';

/** The attribute the head script sets on <html>: the edition to suggest. */
export const suggestAttribute = 'data-suggest-edition';

/** On a link or button: the choice it makes (an edition's code, or 'dismissed'). */
export const choiceAttribute = 'data-edition-choice';

/** On a language-switch link: lead to the page the reader is on now, in that edition. */
export const followAttribute = 'data-follow-page';

/**
 * Script text for the head, after the head script (the same on every page: the page's own
 * edition is its <html lang>). Kept short: the page carries it twice (HTML and React's payload).
 */
export function editionScript(): string {
  const json = JSON.stringify;
  // The default edition first: the script reads L[0] as the unprefixed one.
  const ordered = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)];
  return `(function(){var d=document.documentElement,K=${json(editionStorageKey)},L=${json(ordered)},S=${json(suggestAttribute)},A=${json(choiceAttribute)};
function f(e){var a=e.target.closest&&e.target.closest('['+A+']');if(!a)return;var c=a.getAttribute(A),p=location.pathname.split('/');
try{localStorage.setItem(K,c)}catch(x){}d.removeAttribute(S);
if(a.hasAttribute(${json(followAttribute)})){if(L.indexOf(p[1])>0)p.splice(1,1);p=p.join('/')||'/';a.href=c==L[0]?p:'/'+c+(p=='/'?'':p)}}
addEventListener('click',f,!0);try{if(localStorage.getItem(K)!=null)return}catch(x){return}
var n=navigator.languages||[navigator.language];for(var i=0;i<n.length;i++){var l=String(n[i]).split('-')[0].toLowerCase();if(L.indexOf(l)>=0){if(l!=d.lang)d.setAttribute(S,l);return}}})();`;
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
