'use client';

import { fill } from '@/lib/i18n/fill';
import type { ChecklistItem } from './checklist-store';
import { Button } from '@/components/ui/button';

/** The list: a native checkbox and label per person, and a Remove button naming them. */
export function ChecklistItems({
  items,
  onToggle,
  onRemove,
  words,
}: {
  items: readonly ChecklistItem[];
  /** "Remove", and "Remove {name}" for its accessible name. */
  words: { remove: string; removeLabel: string };
  onToggle: (id: number) => void;
  onRemove: (id: number) => void;
}) {
  return (
    <ul className="divide-y divide-border rounded-lg border border-border">
      {items.map((item) => (
        <li key={item.id} className="flex items-center gap-3 px-4 py-2">
          <input
            type="checkbox"
            id={`checklist-item-${item.id}`}
            checked={item.done}
            onChange={() => onToggle(item.id)}
            className="size-5 shrink-0 accent-accent"
          />
          <label
            htmlFor={`checklist-item-${item.id}`}
            className={`flex-1 py-1 ${item.done ? 'text-muted line-through' : ''}`}
          >
            {item.name}
          </label>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => onRemove(item.id)}
            aria-label={fill(words.removeLabel, { name: item.name })}
          >
            {words.remove}
          </Button>
        </li>
      ))}
    </ul>
  );
}
