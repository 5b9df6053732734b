'use client';

function setAll(open: boolean) {
  for (const item of document.querySelectorAll<HTMLDetailsElement>('details[data-faq-item]')) {
    item.open = open;
  }
}

const buttonClass = 'rounded-md border border-border px-3 py-1 text-sm hover:bg-surface';

/** Opens or closes every answer at once; without JavaScript the buttons are hidden. */
export function FaqToggleAll() {
  return (
    <div data-js-only data-print-hidden className="flex gap-2">
      <button type="button" className={buttonClass} onClick={() => setAll(true)}>
        Expand all
      </button>
      <button type="button" className={buttonClass} onClick={() => setAll(false)}>
        Collapse all
      </button>
    </div>
  );
}
