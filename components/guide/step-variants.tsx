'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import { chosenVariant, noChoices, variantStore } from './variant-store';

export interface VariantOption {
  id: string;
  /** What the person sees on their screen: the radio's label. */
  label: string;
  /** The server-rendered variant: its heading, evidence note, picture and words. */
  panel: ReactNode;
}

/**
 * The choice between a step's variants: native radios in a fieldset, then every variant, the
 * chosen one shown. Without JavaScript (or in print) CSS shows every variant and hides the
 * radios, which could do nothing there. The choice is remembered for the flow (`flow`, its
 * URL): a step offering the same variant later opens on it, and so does a reload.
 */
export function StepVariants({
  flow,
  step,
  options,
  legend,
}: {
  flow: string;
  step: string;
  options: VariantOption[];
  /** "What does your screen show?", in the page's language. */
  legend: string;
}) {
  const choices = useSyncExternalStore(
    variantStore.subscribe,
    variantStore.getSnapshot,
    () => noChoices,
  );
  const chosen = chosenVariant(
    choices,
    flow,
    options.map((option) => option.id),
  );
  return (
    <div data-variants className="space-y-4">
      <fieldset data-js-only data-print-hidden className="rounded-lg border border-border p-3">
        <legend className="px-1 font-semibold">{legend}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {options.map((option) => (
            <label key={option.id} className="flex items-center gap-2">
              <input
                type="radio"
                name={`variant-${step}`}
                value={option.id}
                checked={option.id === chosen}
                onChange={() => variantStore.choose(flow, option.id)}
                className="size-4 accent-accent"
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      {options.map((option) => (
        <div
          key={option.id}
          data-variant-panel={option.id}
          data-active={option.id === chosen ? '' : undefined}
        >
          {option.panel}
        </div>
      ))}
    </div>
  );
}
