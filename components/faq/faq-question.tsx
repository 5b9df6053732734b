'use client';

import { highlightSegments } from '@/lib/faq/search';
import { useFaqFilter } from './use-faq-filter';

/** A question's text, with the words the search matched marked. */
export function FaqQuestion({ id, text }: { id: string; text: string }) {
  const { matches } = useFaqFilter();
  const terms = matches?.get(id) ?? [];
  return (
    <span>
      {highlightSegments(text, terms).map((segment, i) =>
        segment.marked ? (
          <mark
            key={i}
            className="rounded-sm bg-accent-soft text-fg underline decoration-accent decoration-2 underline-offset-4"
          >
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </span>
  );
}
