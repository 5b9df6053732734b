'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

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
      <Button ref={buttonRef} variant="secondary" onClick={() => setConfirming(true)}>
        Clear all
      </Button>
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
        <Button onClick={onClear}>Yes, clear the list</Button>
        <Button
          variant="secondary"
          onClick={() => {
            returnFocus.current = true;
            setConfirming(false);
          }}
        >
          Cancel
        </Button>
      </div>
    </div>
  );
}
