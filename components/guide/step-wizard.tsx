'use client';

import { m, useReducedMotion } from 'framer-motion';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MotionProvider } from '@/components/motion/motion-provider';
import { DONE_SEGMENT, stepHeadingId } from '@/lib/routes';
import { stepVariants } from '@/lib/motion';
import { storageKeys, writeStored } from '@/lib/platform/storage';
import type { Platform } from '@/lib/platform/platforms';
import { StepProgress } from './step-progress';
import { useArrowKeys } from './use-arrow-keys';
import { useStepLocation } from './use-step-location';

export interface StepWizardProps {
  /** URL of the flow; step n lives at `${basePath}/${steps[n].id}`. */
  basePath: string;
  platform: Platform;
  steps: { id: string; title: string }[];
  /** The step this page was pre-rendered for; steps.length means the done panel. */
  initialIndex: number;
  /** document.title for each step, then for the done panel. */
  titles: string[];
  /** Server-rendered step panels, in step order. */
  panels: ReactNode[];
  /** Server-rendered done panel. */
  done: ReactNode;
}

/**
 * Shows one server-rendered step at a time. Without JavaScript the same markup lists every
 * step (CSS in globals.css hides inactive panels only once the head script marks data-js).
 */
export function StepWizard({
  basePath,
  platform,
  steps,
  initialIndex,
  titles,
  panels,
  done,
}: StepWizardProps) {
  const ids = useMemo(() => steps.map((step) => step.id), [steps]);
  const { index, direction, goTo } = useStepLocation(basePath, ids, initialIndex);
  // Focus and animation follow the person's own moves, never the first render.
  const [moved, setMoved] = useState(false);
  const isDone = index === steps.length;
  // Reduced motion: the step fades in place (direction 0 means no offset). MotionConfig's
  // reducedMotion alone still shows the offset for a frame before jumping.
  const reduceMotion = useReducedMotion();

  useEffect(() => {
    // Opening a guide is choosing a platform: the picker suggests it next time.
    writeStored(storageKeys.platform, platform);
  }, [platform]);

  useEffect(() => {
    document.title = titles[index] ?? document.title;
    if (!moved) return;
    document.getElementById(stepHeadingId(isDone ? DONE_SEGMENT : ids[index]!))?.focus();
  }, [index, isDone, ids, titles, moved]);

  const navigate = useCallback(
    (next: number) => {
      setMoved(true);
      goTo(next);
    },
    [goTo],
  );

  useArrowKeys(
    useCallback(() => navigate(index - 1), [navigate, index]),
    useCallback(() => navigate(index + 1), [navigate, index]),
  );

  const panel = (key: string, active: boolean, content: ReactNode) => (
    <m.div
      key={active ? `${key}:active` : `${key}:idle`}
      custom={reduceMotion ? 0 : direction}
      variants={stepVariants}
      initial={moved && active ? 'enter' : false}
      animate="center"
    >
      {content}
    </m.div>
  );

  return (
    <MotionProvider>
      <div data-wizard className="space-y-6">
        <StepProgress basePath={basePath} steps={steps} index={index} onSelect={navigate} />

        <ol className="space-y-10">
          {steps.map((step, i) => (
            <li
              key={step.id}
              id={step.id}
              data-step-panel={step.id}
              data-active={i === index ? '' : undefined}
            >
              {panel(step.id, i === index, panels[i])}
            </li>
          ))}
        </ol>
        <section
          data-step-panel={DONE_SEGMENT}
          data-active={isDone ? '' : undefined}
          aria-labelledby={stepHeadingId(DONE_SEGMENT)}
        >
          {panel(DONE_SEGMENT, isDone, done)}
        </section>

        <div data-js-only data-print-hidden className="flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => navigate(index - 1)}
            disabled={index === 0}
            className="rounded-lg border border-border px-4 py-2 font-semibold disabled:opacity-50"
          >
            <span aria-hidden="true">← </span>Back
          </button>
          {!isDone && (
            <button
              type="button"
              onClick={() => navigate(index + 1)}
              className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-fg"
            >
              {index === steps.length - 1 ? 'I’ve done it' : 'Next'}
              <span aria-hidden="true"> →</span>
            </button>
          )}
        </div>
      </div>
    </MotionProvider>
  );
}
