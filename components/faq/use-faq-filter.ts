'use client';

import { useSyncExternalStore } from 'react';
import { faqFilterStore, type FaqFilter } from '@/lib/faq/filter-store';

/** The current search filter; the server render (and hydration) always shows every item. */
export function useFaqFilter(): FaqFilter {
  return useSyncExternalStore(
    faqFilterStore.subscribe,
    faqFilterStore.get,
    faqFilterStore.getServer,
  );
}
