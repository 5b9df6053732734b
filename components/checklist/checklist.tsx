'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { AddNames, type AddResult } from './add-names';
import { ChecklistItems } from './checklist-items';
import {
  createChecklistStore,
  progressText,
  serverSnapshot,
  type ChecklistStore,
} from './checklist-store';
import { ClearAll } from './clear-all';

let browserStore: ChecklistStore | undefined;

/**
 * The withdraw-many checklist: add names, tick each off as you withdraw it, "n of m done".
 * The list is kept in this browser only. Tests pass their own `store`.
 */
export function Checklist({ store }: { store?: ChecklistStore }) {
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
    setMessage(`${what} ${progressText(list.getSnapshot().items)}.`);

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
      (added === 1 ? `Added ${names[0]}.` : `Added ${added} names.`) +
        (left ? ` The list is full (${list.limit} names): ${left} more didn’t fit.` : ''),
    );
    return 'added';
  };

  const toggle = (id: number) => {
    const item = items.find((candidate) => candidate.id === id);
    list.toggle(id);
    if (item) announce(item.done ? `${item.name} not done yet.` : `${item.name} ticked off.`);
  };

  const remove = (id: number) => {
    const index = items.findIndex((item) => item.id === id);
    const neighbour = items[index + 1] ?? items[index - 1];
    focusNext.current = neighbour ? `checklist-item-${neighbour.id}` : '';
    list.remove(id);
    announce(`Removed ${items[index]?.name ?? ''}.`);
  };

  return (
    <div className="space-y-6">
      <AddNames nameRef={nameRef} onAdd={add} limit={list.limit} />
      {!saved && (
        <p className="rounded-lg border-2 border-warn px-4 py-3" data-storage-note>
          This browser won’t let the page save your list, so it lasts only until you close or reload
          this page.
        </p>
      )}
      <section aria-labelledby="checklist-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="checklist-heading" className="text-2xl font-bold">
            Your list
          </h2>
          <p data-progress className="font-semibold">
            {progressText(items)}
          </p>
        </div>
        {items.length === 0 ? (
          <p className="text-muted">No names yet. Add the people you invited by mistake above.</p>
        ) : (
          <ChecklistItems items={items} onToggle={toggle} onRemove={remove} />
        )}
        {items.length > 0 && (
          <ClearAll
            count={items.length}
            onClear={() => {
              focusNext.current = '';
              list.clear();
              setMessage('The list is empty.');
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
