import { detectPlatform } from './detect';
import { platforms } from './platforms';
import { storageKeys } from './storage';

/**
 * How long the page's scripts may take to start, from when the head script runs, before the
 * page gives up on them. Counted from the start rather than from the load event because a
 * script that stalls never lets the load event fire.
 */
export const startDeadlineMs = 10_000;

/**
 * The one inline script, run in <head> before first paint. It marks that JavaScript runs
 * (`data-js`: the wizard shows one step, platform passages narrow to one), resolves the theme,
 * and picks the platform: a `?platform=` from a link wins and is remembered, then the
 * remembered choice, then detection. Unknown values are ignored. Storage access is guarded.
 * The result lands as data-* attributes on <html>, which CSS reads: no flash, nothing for
 * React to hydrate differently.
 *
 * Until the page's scripts report they have started (`data-started`, set by ScriptsStarted),
 * a script that fails to load, an uncaught error or rejection, or no start within
 * startDeadlineMs removes `data-js` again: the page is then exactly the page without JavaScript,
 * every step and passage shown and no control that would do nothing. If React had already begun
 * when a script failed, it swaps the page for Next's error screen ("This page couldn't load"): the
 * script keeps the server's page from that moment and puts it back as soon as it is taken away.
 */
export function buildHeadScript(): string {
  return `(function(){var d=document.documentElement;d.setAttribute('data-js','');
function off(){if(d.hasAttribute('data-started'))return;d.removeAttribute('data-js');if(document.readyState==='loading')addEventListener('DOMContentLoaded',keep);else keep()}
var kept;function keep(){var h=document.head,b=document.body,m=b&&b.querySelector('main');if(kept||!m)return;kept=[[].slice.call(h.childNodes),[].slice.call(b.childNodes)];
new MutationObserver(function(r,o){if(d.hasAttribute('data-started'))return o.disconnect();if(m.isConnected)return;o.disconnect();h.replaceChildren.apply(h,kept[0]);b.replaceChildren.apply(b,kept[1]);d.replaceChildren(h,b);d.removeAttribute('data-js')}).observe(d,{childList:true,subtree:true})}
addEventListener('error',function(e){var t=e.target;if(e instanceof ErrorEvent||t&&t.tagName==='SCRIPT')off()},true);
addEventListener('unhandledrejection',off);
setTimeout(off,${startDeadlineMs});
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
