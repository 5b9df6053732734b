// The longest <title> a page may have, site name included: search results cut longer ones.
// Plain JavaScript so that .htmlvalidate.mjs (long-title) reads the same number as the
// content rules (lib/content/rules/titles.ts) and lib/metadata.ts.
export const PAGE_TITLE_MAX = 70;
