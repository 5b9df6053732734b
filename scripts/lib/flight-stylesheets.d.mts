// Types for flight-stylesheets.mjs (plain JS so scripts/dedupe-stylesheets.mjs runs with plain node).
export function withoutRepeatedStylesheets(html: string): { html: string; removed: number };
export function stylesheetCopies(html: string): { href: string; copies: number }[];
