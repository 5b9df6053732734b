'use client';

import type { ChecklistItem } from './checklist-store';
import { Button } from '@/components/ui/button';

/** The list: a native checkbox and label per person, and a Remove button naming them. */
export function ChecklistItems({
  items,
  onToggle,
  onRemove,
}: {
  items: readonly ChecklistItem[];
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
            aria-label={`Remove ${item.name}`}
          >
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}
