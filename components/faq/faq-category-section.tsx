'use client';

import type { ReactNode } from 'react';
import { isShown } from '@/lib/faq/filter-store';
import { useFaqFilter } from './use-faq-filter';

/** A category's section, hidden when the search leaves none of its items. */
export function FaqCategorySection({
  title,
  anchor,
  ids,
  children,
}: {
  title: string;
  anchor: string;
  /** The ids of the items inside, to tell whether any of them still shows. */
  ids: readonly string[];
  children: ReactNode;
}) {
  const filter = useFaqFilter();
  return (
    <section
      aria-labelledby={anchor}
      hidden={!ids.some((id) => isShown(filter, id))}
      className="mt-10"
    >
      <h2 id={anchor} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-2 border-t border-border">{children}</div>
    </section>
  );
}
