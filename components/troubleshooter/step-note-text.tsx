'use client';

import { useSyncExternalStore } from 'react';
import { fill } from '@/lib/i18n/fill';
import { isPlatform, type Platform } from '@/lib/platform/platforms';
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

/** The note's words in the page's language, from its server parent (step-note.tsx). */
export interface StepNoteWords {
  /** "You were at step {number}, “{title}”, of the {guide} guide for {platform}." */
  note: string;
  /** Each flow's guide as the note names it. */
  guides: { withdraw: string; removeConnection: string };
  platforms: Record<Platform, string>;
  back: string;
}

/**
 * "You were at step 5 of the iPhone guide", with a way back, when a guide's "This doesn't
 * match my screen" link brought the person here. The query string only exists in the
 * browser (the page is static), so this is a client leaf that renders nothing on the server.
 */
export function StepNoteText({
  steps,
  words,
}: {
  steps: readonly GuideStep[];
  words: StepNoteWords;
}) {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => null,
  );
  const step = search === null ? null : stepFromQuery(search, steps);
  if (!step) return null;
  const note = fill(words.note, {
    number: step.number,
    title: step.title,
    guide: step.flow === 'withdraw' ? words.guides.withdraw : words.guides.removeConnection,
    platform: words.platforms[step.platform],
  });
  return (
    <p data-step-note className="rounded-lg bg-surface px-4 py-3">
      {note} <a href={step.href}>{words.back}</a>
    </p>
  );
}
