import type { FaqMatches } from './search';

/** What the FAQ search box asks for: `matches` is null while every item shows. */
export interface FaqFilter {
  query: string;
  matches: FaqMatches | null;
}

const unfiltered: FaqFilter = { query: '', matches: null };
let current = unfiltered;
const listeners = new Set<() => void>();

function publish(next: FaqFilter) {
  current = next;
  for (const listener of listeners) listener();
}

/**
 * One small store shared by the search box and the server-rendered items it filters, which
 * are separate client leaves on the page (so no context provider wraps the whole list).
 */
export const faqFilterStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  get: () => current,
  getServer: () => unfiltered,
};

/** The box's text changed; the matches shown stay until the new ones are ready. */
export function setFaqQuery(query: string) {
  publish(query.trim() ? { ...current, query } : unfiltered);
}

export function setFaqMatches(query: string, matches: FaqMatches) {
  if (query === current.query) publish({ query, matches });
}

export function clearFaqFilter() {
  publish(unfiltered);
}

export function isShown(filter: FaqFilter, id: string): boolean {
  return filter.matches === null || filter.matches.has(id);
}
