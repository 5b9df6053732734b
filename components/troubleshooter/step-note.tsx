'use client';

import { useSyncExternalStore } from 'react';
import { isPlatform, platformLabels } from '@/lib/platform/platforms';
import type { GuideStep } from '@/lib/troubleshooter/guide-step';

const subscribe = () => () => {};

/** The guide step a `?platform=…&step=…(&flow=…)` query names, or null for unknown values. */
export function stepFromQuery(search: string, steps: readonly GuideStep[]): GuideStep | null {
  const query = new URLSearchParams(search);
  const platform = query.get('platform');
  const flow = query.get('flow') ?? 'withdraw';
  const id = query.get('step');
  if (!isPlatform(platform) || !id) return null;
  return steps.find((s) => s.flow === flow && s.platform === platform && s.id === id) ?? null;
}

/**
 * "You were at step 5 of the iPhone guide", with a way back, when a guide's "This doesn't
 * match my screen" link brought the person here. The query string only exists in the
 * browser (the page is static), so this is a client leaf that renders nothing on the server.
 */
export function StepNote({ steps }: { steps: readonly GuideStep[] }) {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => null,
  );
  const step = search === null ? null : stepFromQuery(search, steps);
  if (!step) return null;
  const guide = step.flow === 'withdraw' ? 'withdraw' : 'remove-a-connection';
  return (
    <p data-step-note className="rounded-lg bg-surface px-4 py-3">
      You were at step {step.number}, “{step.title}”, of the {guide} guide for{' '}
      {platformLabels[step.platform]}. <a href={step.href}>Back to that step</a>
    </p>
  );
}
