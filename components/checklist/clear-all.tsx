'use client';

import { useEffect, useRef, useState } from 'react';

/** "Clear all", asking once before it empties the list; focus follows the question. */
export function ClearAll({ count, onClear }: { count: number; onClear: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (returnFocus.current) buttonRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={buttonRef}
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded-lg border border-border px-4 py-2 font-semibold hover:bg-surface"
      >
        Clear all
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby="clear-question"
      className="space-y-3 rounded-lg border-2 border-warn p-4"
    >
      <p id="clear-question" ref={questionRef} tabIndex={-1} className="font-semibold">
        Remove all {count} {count === 1 ? 'name' : 'names'} from this list? This can’t be undone.
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onClear}
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-fg hover:opacity-90"
        >
          Yes, clear the list
        </button>
        <button
          type="button"
          onClick={() => {
            returnFocus.current = true;
            setConfirming(false);
          }}
          className="rounded-lg border border-border px-4 py-2 font-semibold hover:bg-surface"
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
