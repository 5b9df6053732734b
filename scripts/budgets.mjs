// The size budgets `npm run size` enforces, in one place. KB = 1000 bytes, gzip level 9.
// JavaScript is measured over the framework floor: an empty Next.js page built with our config.

/** Extra first-load JavaScript a page may load beyond the floor, by budget class. */
export const jsOverFloorKb = {
  // Pages you read: the FAQ, learn/reference pages, troubleshooter outcomes, the 404 page.
  content: 10,
  // Pages you operate: the device picker, the wizards, troubleshooter questions, the checklist.
  interactive: 25,
};

/** Any page's own HTML, gzipped. */
export const htmlGzKb = 40;

/** All the stylesheets one page links, gzipped. */
export const cssGzKb = 20;

/**
 * Page kinds by URL, first match wins; a URL matching none is a content page (the stricter
 * budget), so a new kind of page must be named here to get the interactive one.
 * `byMarker` kinds are decided by the page itself: `data-page-kind="outcome"` in its HTML
 * makes it an outcome (content), anything else a question (interactive).
 */
export const pageKinds = [
  { kind: 'home', pattern: /^\/$/, budget: 'interactive' },
  { kind: 'wizard', pattern: /^\/(guide|remove-connection)(\/|$)/, budget: 'interactive' },
  { kind: 'checklist', pattern: /^\/checklist(\/|$)/, budget: 'interactive' },
  { kind: 'troubleshooter', pattern: /^\/troubleshoot(\/|$)/, byMarker: true },
  { kind: 'faq', pattern: /^\/faq(\/|$)/, budget: 'content' },
  { kind: 'learn', pattern: /^\/learn(\/|$)/, budget: 'content' },
  { kind: '404', pattern: /^\/404$/, budget: 'content' },
];
