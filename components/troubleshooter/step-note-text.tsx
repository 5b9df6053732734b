'use client';

import { useSyncExternalStore } from 'react';
import { isPlatform } from '@/lib/platform/platforms';
import type { GuideStep } from '@/lib/troubleshooter/guide-step';

const subscribe = () => () => {};

/** The guide step a `?platform=…&step=…(&flow=…)` query names, or null for unknown values. */
export function stepFromQuery<S extends GuideStep>(search: string, steps: readonly S[]): S | null {
  const query = new URLSearchParams(search);
  const platform = query.get('platform');
  const flow = query.get('flow') ?? 'withdraw';
  const id = query.get('step');
  if (!isPlatform(platform) || !id) return null;
  return steps.find((s) => s.flow === flow && s.platform === platform && s.id === id) ?? null;
}

/** A guide step with the note that names it, written on the server in the page's language. */
export type NotedStep = GuideStep & { note: string };

/**
 * "You were at step 5 of the iPhone guide", with a way back, when a guide's "This doesn't
 * match my screen" link brought the person here. The query string only exists in the
 * browser (the page is static), so this is a client leaf that renders nothing on the server;
 * its words come from its server parent (step-note.tsx).
 */
export function StepNoteText({ steps, back }: { steps: readonly NotedStep[]; back: string }) {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => null,
  );
  const step = search === null ? null : stepFromQuery(search, steps);
  if (!step) return null;
  return (
    <p data-step-note className="rounded-lg bg-surface px-4 py-3">
      {step.note} <a href={step.href}>{back}</a>
    </p>
  );
}
