'use client';

import type { ReactNode } from 'react';
import { isShown } from '@/lib/faq/filter-store';
import { useFaqFilter } from './use-faq-filter';

/** One item: a native <details>, so it opens without JavaScript; hidden when the search misses it. */
export function FaqDetails({ id, children }: { id: string; children: ReactNode }) {
  const filter = useFaqFilter();
  return (
    <details
      id={id}
      data-faq-item
      hidden={!isShown(filter, id)}
      className="group scroll-mt-4 border-b border-border"
    >
      {children}
    </details>
  );
}
