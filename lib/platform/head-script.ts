import { detectPlatform } from './detect';
import { platforms } from './platforms';
import { storageKeys } from './storage';

/**
 * The one inline script, run in <head> before first paint. It marks that JavaScript runs
 * (so the wizard can hide the steps it isn't showing), resolves the theme, and picks the
 * platform: a `?platform=` from a link wins and is remembered, then the remembered choice,
 * then detection. Unknown values are ignored. Storage access is guarded.
 * The result lands as data-* attributes on <html>, which CSS reads: no flash, nothing
 * for React to hydrate differently.
 */
export function buildHeadScript(): string {
  return `(function(){var d=document.documentElement;d.setAttribute('data-js','');
var P=${JSON.stringify(platforms)},K=${JSON.stringify(storageKeys)};
function get(k){try{return localStorage.getItem(k)}catch(e){return null}}
function set(k,v){try{localStorage.setItem(k,v)}catch(e){}}
var t=get(K.theme);if(t!=='light'&&t!=='dark'){t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}
d.setAttribute('data-theme',t);
var q=null;try{q=new URLSearchParams(location.search).get('platform')}catch(e){}
var s=get(K.platform),p,src;
if(P.indexOf(q)>=0){p=q;src='chosen';set(K.platform,q)}
else if(P.indexOf(s)>=0){p=s;src='chosen'}
else{p=(${detectPlatform.toString()})(navigator.userAgent,navigator.maxTouchPoints||0);src='detected'}
d.setAttribute('data-platform',p);d.setAttribute('data-platform-source',src);})();`;
}
