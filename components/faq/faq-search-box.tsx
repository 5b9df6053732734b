'use client';

import { useRef } from 'react';
import { FAQ_SEARCH_ID } from '@/lib/element-ids';
import { setFaqMatches, setFaqQuery } from '@/lib/faq/filter-store';
import { createFaqSearcher, type FaqSearchDoc, type FaqSearcher } from '@/lib/faq/search';
import { fill, fillNodes } from '@/lib/i18n/fill';
import { useFaqFilter } from './use-faq-filter';

/** The search box's words in the page's language, from its server parent (faq-search.tsx). */
export interface FaqSearchWords {
  label: string;
  /** "n questions match" for every n from 0 to the number of items, index n. */
  matches: readonly string[];
  /** "Nothing matches “{query}”. Try other words, or {link}." */
  noMatch: string;
  noMatchLink: string;
  /** The troubleshooter in the page's edition. */
  troubleshootHref: string;
}

/**
 * The items as the page shows them: their questions and answers are already in it, so the
 * index reads them there rather than from a second copy in the page's payload (which, in
 * German or French, pushed the FAQ over its HTML budget).
 */
function docsOnPage(): FaqSearchDoc[] {
  return [...document.querySelectorAll<HTMLElement>('[data-faq-item]')].map((item) => ({
    id: item.id,
    question: item.querySelector('summary')?.textContent ?? '',
    answer: item.querySelector('[data-faq-answer]')?.textContent ?? '',
  }));
}

/**
 * Filters the questions on the page as you type. The index is built from the items on the
 * page the first time the box is used; the items themselves stay server-rendered and are
 * only hidden.
 */
export function FaqSearchBox({ words }: { words: FaqSearchWords }) {
  const { query, matches } = useFaqFilter();
  const searcher = useRef<Promise<FaqSearcher> | null>(null);
  const load = () => (searcher.current ??= createFaqSearcher(docsOnPage()));
  const count = query.trim() && matches ? matches.size : null;

  async function search(value: string) {
    setFaqQuery(value);
    if (!value.trim()) return;
    const find = await load();
    setFaqMatches(value, find(value));
  }

  return (
    <div role="search" data-js-only className="space-y-2">
      <label htmlFor={FAQ_SEARCH_ID} className="block font-semibold">
        {words.label}
      </label>
      <input
        id={FAQ_SEARCH_ID}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => void load()}
        onChange={(event) => void search(event.target.value)}
        className="mt-1 w-full max-w-prose rounded-md border border-border bg-bg px-3 py-2 text-fg"
      />
      <p role="status" aria-live="polite" className="text-sm text-muted">
        {count === null ? '' : (words.matches[count] ?? words.matches.at(-1))}
      </p>
      {count === 0 && (
        <p>
          {fillNodes(fill(words.noMatch, { query: query.trim() }), {
            link: <a href={words.troubleshootHref}>{words.noMatchLink}</a>,
          })}
        </p>
      )}
    </div>
  );
}
