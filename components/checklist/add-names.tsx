'use client';

import { useId, useState, type FormEvent, type RefObject } from 'react';
import { maxNameLength, parseNames } from './checklist-store';

const field =
  'w-full rounded-lg border-2 border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-warn';
const button = 'rounded-lg bg-accent px-4 py-2 font-semibold text-accent-fg hover:opacity-90';

/** Two native forms: one name at a time, or a pasted list (one per line). */
export function AddNames({
  onAdd,
  nameRef,
}: {
  /** Returns how many names were added. */
  onAdd: (names: string[]) => number;
  nameRef: RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<'name' | 'list' | null>(null);

  const submit = (text: string, kind: 'name' | 'list', reset: () => void) => (event: FormEvent) => {
    event.preventDefault();
    const names = kind === 'name' ? parseNames(text).slice(0, 1) : parseNames(text);
    if (names.length === 0 || onAdd(names) === 0) {
      setError(kind);
      return;
    }
    setError(null);
    reset();
  };

  return (
    <div className="space-y-4">
      <form
        onSubmit={submit(name, 'name', () => setName(''))}
        className="flex flex-wrap items-end gap-2"
        noValidate
      >
        <div className="min-w-48 flex-1">
          <label htmlFor={`${id}-name`} className="block font-semibold">
            Name of someone to withdraw
          </label>
          <input
            ref={nameRef}
            type="text"
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={maxNameLength}
            autoComplete="off"
            aria-invalid={error === 'name'}
            aria-describedby={error === 'name' ? `${id}-name-error` : undefined}
            className={`mt-1 ${field}`}
          />
        </div>
        <button type="submit" className={button}>
          Add
        </button>
        {error === 'name' && (
          <p id={`${id}-name-error`} className="w-full text-sm font-semibold text-warn">
            Type a name first (or the list is full).
          </p>
        )}
      </form>

      <details className="rounded-lg border border-border px-4 py-2">
        <summary className="cursor-pointer font-semibold">Paste a list instead</summary>
        <form
          onSubmit={submit(pasted, 'list', () => setPasted(''))}
          className="mt-3 space-y-2"
          noValidate
        >
          <label htmlFor={`${id}-list`} className="block">
            Names, one per line
          </label>
          <textarea
            id={`${id}-list`}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            rows={6}
            aria-invalid={error === 'list'}
            aria-describedby={error === 'list' ? `${id}-list-error` : undefined}
            className={field}
          />
          {error === 'list' && (
            <p id={`${id}-list-error`} className="text-sm font-semibold text-warn">
              Paste at least one name (or the list is full).
            </p>
          )}
          <button type="submit" className={button}>
            Add these names
          </button>
        </form>
      </details>
    </div>
  );
}
