'use client';

import { Button } from '@/components/ui/button';

function setAll(open: boolean) {
  for (const item of document.querySelectorAll<HTMLDetailsElement>('details[data-faq-item]')) {
    item.open = open;
  }
}

/** Opens or closes every answer at once; without JavaScript the buttons are hidden. */
export function FaqToggleButtons({ words }: { words: { expandAll: string; collapseAll: string } }) {
  return (
    <div data-js-only data-print-hidden className="flex gap-2">
      <Button variant="secondary" size="sm" onClick={() => setAll(true)}>
        {words.expandAll}
      </Button>
      <Button variant="secondary" size="sm" onClick={() => setAll(false)}>
        {words.collapseAll}
      </Button>
    </div>
  );
}
