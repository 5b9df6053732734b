'use client';

import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { clearFaqFilter } from '@/lib/faq/filter-store';

function faqItem(hash: string): HTMLDetailsElement | null {
  const element =
    hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  return element instanceof HTMLDetailsElement && element.hasAttribute('data-faq-item')
    ? element
    : null;
}

function open(item: HTMLDetailsElement) {
  // A search may be hiding the item the link points to: show everything again first.
  if (item.hidden) flushSync(clearFaqFilter);
  item.open = true;
}

/**
 * /faq#<id> opens that answer: on arrival, when the hash changes, and when a link to an item
 * on this page is followed again (same hash, so no hashchange).
 */
export function FaqHashOpener() {
  useEffect(() => {
    const onHash = () => {
      const item = faqItem(location.hash);
      if (!item) return;
      open(item);
      item.scrollIntoView({ block: 'start' });
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link || link.pathname !== location.pathname) return;
      const item = faqItem(link.hash);
      if (item) open(item);
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return null;
}
