'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { fill, plural, type PluralForms } from '@/lib/i18n/fill';
import { AddNames, type AddNamesWords, type AddResult } from './add-names';
import { ChecklistItems } from './checklist-items';
import {
  createChecklistStore,
  progressText,
  serverSnapshot,
  type ChecklistStore,
} from './checklist-store';
import { ClearAll, type ClearAllWords } from './clear-all';

/** The checklist's words in the page's language, from its server parent (checklist.tsx). */
export interface ChecklistWords {
  /** The page's language, for plural rules and numbers. */
  locale: string;
  add: AddNamesWords;
  clear: ClearAllWords;
  notSaved: string;
  yourList: string;
  empty: string;
  progress: string;
  progressAll: string;
  /** "{what} {progress}.": what happened, then the new count. */
  announce: string;
  added: string;
  addedMany: string;
  /** "The list is full ({limit} names): {count} more didn’t fit." */
  didntFit: PluralForms;
  notDone: string;
  tickedOff: string;
  removed: string;
  cleared: string;
  remove: string;
  removeLabel: string;
}

let browserStore: ChecklistStore | undefined;

/**
 * The withdraw-many checklist: add names, tick each off as you withdraw it, "n of m done".
 * The list is kept in this browser only. Tests pass their own `store`.
 */
export function ChecklistApp({ store, words }: { store?: ChecklistStore; words: ChecklistWords }) {
  const [list] = useState(() => store ?? (browserStore ??= createChecklistStore()));
  const { items, saved } = useSyncExternalStore(
    list.subscribe,
    list.getSnapshot,
    () => serverSnapshot,
  );
  // The one live region: each change says what happened and the new count. The visible count
  // is not live, so the stored list arriving after hydration announces nothing.
  const [message, setMessage] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const focusNext = useRef<string | null>(null);
  const announce = (what: string) =>
    setMessage(
      fill(words.announce, { what, progress: progressText(list.getSnapshot().items, words) }),
    );

  useEffect(() => {
    if (focusNext.current === null) return;
    const target = focusNext.current ? document.getElementById(focusNext.current) : nameRef.current;
    focusNext.current = null;
    target?.focus();
  }, [items]);

  const add = (names: string[]): AddResult => {
    if (names.length === 0) return 'empty';
    const added = list.add(names);
    if (added === 0) return 'full';
    const left = names.length - added;
    announce(
      (added === 1
        ? fill(words.added, { name: names[0]! })
        : fill(words.addedMany, { count: added })) +
        (left ? ` ${plural(words.locale, words.didntFit, left, { limit: list.limit })}` : ''),
    );
    return 'added';
  };

  const toggle = (id: number) => {
    const item = items.find((candidate) => candidate.id === id);
    list.toggle(id);
    if (item) announce(fill(item.done ? words.notDone : words.tickedOff, { name: item.name }));
  };

  const remove = (id: number) => {
    const index = items.findIndex((item) => item.id === id);
    const neighbour = items[index + 1] ?? items[index - 1];
    focusNext.current = neighbour ? `checklist-item-${neighbour.id}` : '';
    list.remove(id);
    announce(fill(words.removed, { name: items[index]?.name ?? '' }));
  };

  return (
    <div className="space-y-6">
      <AddNames nameRef={nameRef} onAdd={add} limit={list.limit} words={words.add} />
      {!saved && (
        <p className="rounded-lg border-2 border-warn px-4 py-3" data-storage-note>
          {words.notSaved}
        </p>
      )}
      <section aria-labelledby="checklist-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="checklist-heading" className="text-2xl font-bold">
            {words.yourList}
          </h2>
          <p data-progress className="font-semibold">
            {progressText(items, words)}
          </p>
        </div>
        {items.length === 0 ? (
          <p className="text-muted">{words.empty}</p>
        ) : (
          <ChecklistItems
            items={items}
            onToggle={toggle}
            onRemove={remove}
            words={{ remove: words.remove, removeLabel: words.removeLabel }}
          />
        )}
        {items.length > 0 && (
          <ClearAll
            count={items.length}
            words={words.clear}
            onClear={() => {
              focusNext.current = '';
              list.clear();
              setMessage(words.cleared);
            }}
          />
        )}
      </section>
      <p aria-live="polite" data-status className="sr-only">
        {message}
      </p>
    </div>
  );
}
