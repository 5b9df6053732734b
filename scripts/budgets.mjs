// The size budgets `npm run size` enforces, and the page kinds they apply to, in one place.
// KB = 1000 bytes, gzip level 9. JavaScript is measured over the framework floor: an empty
// Next.js page built with our config (scripts/lib/floor.mjs).
// Hand-written: this is data (our page kinds and their budgets), not machinery.

/** Any page's own HTML, gzipped. */
export const htmlGzKb = 30;

/** All the stylesheets one page links, gzipped. */
export const cssGzKb = 20;

/**
 * Every kind of page, first match wins: its URL matches `route` and, where `marker` is given,
 * the page marks itself `data-page-kind="<marker>"` (the troubleshooter's pages share one
 * URL shape). Each kind's first-load JavaScript may exceed the floor by `jsOverFloorKb`: 10 at
 * most for any page, held just above what each kind measures so it can't creep.
 * A page of no kind here is "other" on the strictest budget, so a new kind of page gets named.
 * `scripts/lib/export.mjs` classifies with this list for the audits and the browser suite.
 */
export const pageKinds = [
  { kind: 'home', route: /^\/$/, jsOverFloorKb: 3 },
  { kind: 'wizard', route: /^\/(guide|from-profile|remove-connection)\//, jsOverFloorKb: 6 },
  {
    kind: 'troubleshooter question',
    route: /^\/troubleshoot(\/|$)/,
    marker: 'question',
    jsOverFloorKb: 8,
  },
  {
    kind: 'troubleshooter outcome',
    route: /^\/troubleshoot\//,
    marker: 'outcome',
    jsOverFloorKb: 8,
  },
  { kind: 'troubleshooter map', route: /^\/troubleshoot\/map$/, jsOverFloorKb: 5 },
  { kind: 'checklist', route: /^\/checklist$/, jsOverFloorKb: 6 },
  { kind: 'faq', route: /^\/faq$/, jsOverFloorKb: 6 },
  { kind: 'learn index', route: /^\/learn$/, jsOverFloorKb: 3 },
  { kind: 'learn', route: /^\/learn\//, jsOverFloorKb: 3 },
  { kind: '404', route: /^\/404$/, jsOverFloorKb: 3 },
];

/** Where a page of no named kind lands. */
export const otherPageKind = { kind: 'other', jsOverFloorKb: 3 };
