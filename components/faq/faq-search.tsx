'use client';

import { useRef } from 'react';
import { FAQ_SEARCH_ID } from '@/lib/element-ids';
import { setFaqMatches, setFaqQuery } from '@/lib/faq/filter-store';
import { createFaqSearcher, type FaqSearchDoc, type FaqSearcher } from '@/lib/faq/search';
import { useFaqFilter } from './use-faq-filter';

function countText(count: number): string {
  return count === 1 ? '1 question matches' : `${count} questions match`;
}

/**
 * Filters the questions on the page as you type. The index is built from `docs` the first
 * time the box is used; the items themselves stay server-rendered and are only hidden.
 */
export function FaqSearch({ docs }: { docs: readonly FaqSearchDoc[] }) {
  const { query, matches } = useFaqFilter();
  const searcher = useRef<Promise<FaqSearcher> | null>(null);
  const load = () => (searcher.current ??= createFaqSearcher(docs));
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
        Search the questions
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
        {count === null ? '' : countText(count)}
      </p>
      {count === 0 && (
        <p>
          Nothing matches &ldquo;{query.trim()}&rdquo;. Try other words, or{' '}
          <a href="/troubleshoot">answer a few questions in the troubleshooter</a>.
        </p>
      )}
    </div>
  );
}
