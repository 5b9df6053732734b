'use client';

import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { Arrival } from '@/components/motion/arrival';
import { DONE_SEGMENT, stepHeadingId } from '@/lib/routes';
import { stepOffset } from '@/lib/motion';
import { storageKeys, writeStored } from '@/lib/platform/storage';
import type { Platform } from '@/lib/platform/platforms';
import { StepProgress, type ProgressWords } from './step-progress';
import { useArrowKeys } from './use-arrow-keys';
import { useStepLocation } from './use-step-location';
import { Button } from '@/components/ui/button';

/** One step of a flow, as the wizard shows it. */
export interface WizardStep {
  /** The step's URL segment: it lives at `${basePath}/${id}`. */
  id: string;
  /** Its short title, for the step list. */
  title: string;
  /** document.title while it is shown. */
  pageTitle: string;
  /** The server-rendered panel. */
  panel: ReactNode;
}

/** The wizard's words in the page's language, from its server parent (guide-words.ts). */
export interface WizardWords {
  back: string;
  next: string;
  /** The last step's button: "I’ve done it". */
  finish: string;
  progress: ProgressWords;
}

export interface StepWizardProps {
  /** URL of the flow. */
  basePath: string;
  platform: Platform;
  steps: WizardStep[];
  /** The finish panel after the last step, at `${basePath}/done`. */
  done: { pageTitle: string; panel: ReactNode };
  /** The step this page was pre-rendered for; steps.length means the done panel. */
  initialIndex: number;
  words: WizardWords;
}

/**
 * Shows one server-rendered step at a time. Without JavaScript the same markup lists every
 * step (CSS in globals.css hides inactive panels only while the head script's data-js holds).
 */
export function StepWizard({
  basePath,
  platform,
  steps,
  done,
  initialIndex,
  words,
}: StepWizardProps) {
  const ids = useMemo(() => steps.map((step) => step.id), [steps]);
  const { index, direction, goTo } = useStepLocation(basePath, ids, initialIndex);
  // Focus and animation follow the person's moves (buttons, keys, the browser's Back), never
  // the first render: direction stays 0 until the first move.
  const moved = direction !== 0;
  const isDone = index === steps.length;
  const pageTitle = isDone ? done.pageTitle : steps[index]?.pageTitle;

  useEffect(() => {
    // Opening a guide is choosing a platform: the picker suggests it next time.
    writeStored(storageKeys.platform, platform);
  }, [platform]);

  useEffect(() => {
    if (pageTitle) document.title = pageTitle;
    if (!moved) return;
    document.getElementById(stepHeadingId(isDone ? DONE_SEGMENT : ids[index]!))?.focus();
  }, [index, isDone, ids, pageTitle, moved]);

  useArrowKeys(
    useCallback(() => goTo(index - 1), [goTo, index]),
    useCallback(() => goTo(index + 1), [goTo, index]),
  );

  // The key remounts a panel whenever it becomes active, so each arrival animates once.
  const panel = (id: string, active: boolean, content: ReactNode) => (
    <Arrival
      key={active ? `${id}:active` : `${id}:idle`}
      arrived={moved && active}
      from={stepOffset(direction)}
    >
      {content}
    </Arrival>
  );

  return (
    <div data-wizard className="space-y-6">
      <StepProgress
        basePath={basePath}
        steps={steps}
        index={index}
        onSelect={goTo}
        words={words.progress}
      />

      <ol className="space-y-10">
        {steps.map((step, i) => (
          <li
            key={step.id}
            id={step.id}
            data-step-panel={step.id}
            data-active={i === index ? '' : undefined}
          >
            {panel(step.id, i === index, step.panel)}
          </li>
        ))}
      </ol>
      <section
        data-step-panel={DONE_SEGMENT}
        data-active={isDone ? '' : undefined}
        aria-labelledby={stepHeadingId(DONE_SEGMENT)}
      >
        {panel(DONE_SEGMENT, isDone, done.panel)}
      </section>

      <div data-js-only data-print-hidden className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => goTo(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">← </span>
          {words.back}
        </Button>
        {!isDone && (
          <Button onClick={() => goTo(index + 1)}>
            {index === steps.length - 1 ? words.finish : words.next}
            <span aria-hidden="true"> →</span>
          </Button>
        )}
      </div>
    </div>
  );
}
