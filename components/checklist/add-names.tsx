'use client';

import { useId, useState, type FormEvent, type RefObject } from 'react';
import { maxNameLength, parseNames } from './checklist-store';
import { Button } from '@/components/ui/button';
import { fill } from '@/lib/i18n/fill';

/** The two forms' words in the page's language. */
export interface AddNamesWords {
  nameLabel: string;
  add: string;
  typeName: string;
  /** "The list is full ({limit} names). Remove some to add more." */
  full: string;
  pasteInstead: string;
  listLabel: string;
  pasteOne: string;
  addThese: string;
}

/** What adding did: added, or why not (nothing typed, or no room left). */
export type AddResult = 'added' | 'empty' | 'full';
type Form = 'name' | 'list';

const field =
  'w-full rounded-lg border-2 border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-warn';

/** Two native forms: one name at a time, or a pasted list (one per line). */
export function AddNames({
  onAdd,
  limit,
  nameRef,
  words,
}: {
  onAdd: (names: string[]) => AddResult;
  /** The most names the list holds, for the "full" message. */
  limit: number;
  nameRef: RefObject<HTMLInputElement | null>;
  words: AddNamesWords;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<{ form: Form; reason: 'empty' | 'full' } | null>(null);
  const errorIn = (form: Form) => (error?.form === form ? error.reason : null);
  const fullMessage = fill(words.full, { limit });

  const submit = (text: string, form: Form, reset: () => void) => (event: FormEvent) => {
    event.preventDefault();
    const result = onAdd(form === 'name' ? parseNames(text).slice(0, 1) : parseNames(text));
    if (result !== 'added') {
      setError({ form, reason: result });
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
            {words.nameLabel}
          </label>
          <input
            ref={nameRef}
            type="text"
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={maxNameLength}
            autoComplete="off"
            aria-invalid={errorIn('name') !== null}
            aria-describedby={errorIn('name') ? `${id}-name-error` : undefined}
            className={`mt-1 ${field}`}
          />
        </div>
        <Button type="submit">{words.add}</Button>
        {errorIn('name') && (
          <p id={`${id}-name-error`} className="w-full text-sm font-semibold text-warn">
            {errorIn('name') === 'empty' ? words.typeName : fullMessage}
          </p>
        )}
      </form>

      <details className="rounded-lg border border-border px-4 py-2">
        <summary className="cursor-pointer font-semibold">{words.pasteInstead}</summary>
        <form
          onSubmit={submit(pasted, 'list', () => setPasted(''))}
          className="mt-3 space-y-2"
          noValidate
        >
          <label htmlFor={`${id}-list`} className="block">
            {words.listLabel}
          </label>
          <textarea
            id={`${id}-list`}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            rows={6}
            aria-invalid={errorIn('list') !== null}
            aria-describedby={errorIn('list') ? `${id}-list-error` : undefined}
            className={field}
          />
          {errorIn('list') && (
            <p id={`${id}-list-error`} className="text-sm font-semibold text-warn">
              {errorIn('list') === 'empty' ? words.pasteOne : fullMessage}
            </p>
          )}
          <Button type="submit">{words.addThese}</Button>
        </form>
      </details>
    </div>
  );
}
