'use client';

import { fill } from '@/lib/i18n/fill';

/** The step list's words in the page's language ("Step {number} of {total}"), from the server. */
export interface ProgressWords {
  stepOf: string;
  done: string;
  stepsNav: string;
  /** "Step {number}: ", before a step's title for screen readers. */
  stepLabel: string;
}

/**
 * "Step n of N" (announced politely) and the step list with aria-current. Step links are real
 * URLs, so a middle-click opens that step; a plain click moves the wizard instead.
 */
export function StepProgress({
  basePath,
  steps,
  index,
  onSelect,
  words,
}: {
  basePath: string;
  steps: { id: string; title: string }[];
  /** The current step; steps.length means the done panel. */
  index: number;
  onSelect: (index: number) => void;
  words: ProgressWords;
}) {
  return (
    <div data-js-only data-print-hidden className="space-y-3">
      <p aria-live="polite" className="text-sm font-semibold text-muted">
        {index === steps.length
          ? words.done
          : fill(words.stepOf, { number: index + 1, total: steps.length })}
      </p>
      <nav aria-label={words.stepsNav}>
        <ol className="flex flex-wrap gap-2">
          {steps.map((step, i) => (
            <li key={step.id}>
              <a
                href={`${basePath}/${step.id}`}
                aria-current={i === index ? 'step' : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
                    return;
                  event.preventDefault();
                  onSelect(i);
                }}
                className="block rounded-full border border-border px-3 py-1 text-sm text-fg no-underline aria-[current=step]:border-accent aria-[current=step]:bg-accent aria-[current=step]:text-accent-fg"
              >
                <span aria-hidden="true">{i + 1}</span>
                <span className="sr-only">
                  {fill(words.stepLabel, { number: i + 1 })}
                  {step.title}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
