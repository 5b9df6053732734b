'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { plural, type PluralForms } from '@/lib/i18n/fill';

export interface ClearAllWords {
  /** The page's language, for plural rules and numbers. */
  locale: string;
  clearAll: string;
  /** "Remove all {count} names from this list? This can’t be undone." */
  clearQuestion: PluralForms;
  clearYes: string;
  cancel: string;
}

/** "Clear all", asking once before it empties the list; focus follows the question. */
export function ClearAll({
  count,
  onClear,
  words,
}: {
  count: number;
  onClear: () => void;
  words: ClearAllWords;
}) {
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
        {words.clearAll}
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
        {plural(words.locale, words.clearQuestion, count)}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onClear}>{words.clearYes}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            returnFocus.current = true;
            setConfirming(false);
          }}
        >
          {words.cancel}
        </Button>
      </div>
    </div>
  );
}
