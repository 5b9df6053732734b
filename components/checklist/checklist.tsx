'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { AddNames } from './add-names';
import { ChecklistItems } from './checklist-items';
import { createChecklistStore, serverSnapshot, type ChecklistStore } from './checklist-store';
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
  const [message, setMessage] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const focusNext = useRef<string | null>(null);
  const done = items.filter((item) => item.done).length;

  useEffect(() => {
    if (focusNext.current === null) return;
    const target = focusNext.current ? document.getElementById(focusNext.current) : nameRef.current;
    focusNext.current = null;
    target?.focus();
  }, [items]);

  const remove = (id: number) => {
    const index = items.findIndex((item) => item.id === id);
    const neighbour = items[index + 1] ?? items[index - 1];
    focusNext.current = neighbour ? `checklist-item-${neighbour.id}` : '';
    setMessage(`Removed ${items[index]?.name ?? ''}.`);
    list.remove(id);
  };

  return (
    <div className="space-y-6">
      <AddNames
        nameRef={nameRef}
        onAdd={(names) => {
          const added = list.add(names);
          if (added) setMessage(added === 1 ? `Added ${names[0]}.` : `Added ${added} names.`);
          return added;
        }}
      />
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
          <p aria-live="polite" data-progress className="font-semibold">
            {done} of {items.length} done
            {items.length > 0 && done === items.length && ': all withdrawn'}
          </p>
        </div>
        {items.length === 0 ? (
          <p className="text-muted">No names yet. Add the people you invited by mistake above.</p>
        ) : (
          <ChecklistItems items={items} onToggle={list.toggle} onRemove={remove} />
        )}
        {items.length > 0 && (
          <ClearAll
            count={items.length}
            onClear={() => {
              focusNext.current = '';
              setMessage('The list is empty.');
              list.clear();
            }}
          />
        )}
      </section>
      <p aria-live="polite" className="sr-only">
        {message}
      </p>
    </div>
  );
}
