/**
 * Ids the site's own markup gives elements that more than one module must agree on: the
 * skip link and its target, a label and its control. Dependency-free, so client leaves
 * import it; lib/content/rules/page-ids.ts keeps content from reusing them.
 */

/** On every page: the skip link's target. */
export const MAIN_ID = 'main';

/** The FAQ search box on /faq. */
export const FAQ_SEARCH_ID = 'faq-search';
