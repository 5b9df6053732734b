import { ContentError } from '@/lib/content/errors';
import type { Problem } from './pass';

/** Content that breaks a facts rule today and is being rewritten (see below). */
export interface PendingFix {
  file: string;
  rule: string;
  /** Words of the offending text; left out, every break of `rule` in `file` is pending. */
  includes?: string;
}

/**
 * Real content that broke the facts rules when they moved into the build (2026-12-01), kept
 * building while the content rewrite lands. This list only shrinks: an entry whose text no
 * longer breaks its rule is itself an error (assertNoStalePendingFixes), so fixing the
 * content means deleting its entry, and nothing new can hide here.
 */
export const pendingFixes: readonly PendingFix[] = [
  { file: 'content/faq/accepted-while-withdrawing.mdx', rule: 'no-help-home-source' },
  { file: 'content/faq/already-accepted.mdx', rule: 'no-help-home-source' },
  { file: 'content/faq/bulk-withdraw.mdx', rule: 'no-help-home-source' },
  { file: 'content/faq/cant-find-in-sent.mdx', rule: 'no-help-home-source' },
  { file: 'content/faq/does-the-note-go-too.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/faq/how-long-pending.mdx',
    rule: 'no-expiry-claim',
    includes: 'Invitations do expire, and they are widely',
  },
  { file: 'content/faq/how-long-pending.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/faq/how-long-pending.mdx',
    rule: 'no-widely-reported',
    includes: 'Invitations do expire, and they are widely',
  },
  {
    file: 'content/faq/how-to-withdraw.mdx',
    rule: 'show-all-first',
    includes: 'Choose Manage beside your invitations (on some',
  },
  { file: 'content/faq/invitation-email-stays.mdx', rule: 'no-help-home-source' },
  { file: 'content/faq/no-withdraw-button.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/faq/pending-invitation-limit.mdx',
    rule: 'not-linkedins-wording',
    includes: 'What LinkedIn does say is what can get you',
  },
  {
    file: 'content/faq/pending-invitation-limit.mdx',
    rule: 'short-time-is-not-a-week',
    includes: 'What LinkedIn does say is what can get you',
  },
  { file: 'content/faq/removing-vs-blocking.mdx', rule: 'no-help-home-source' },
  { file: 'content/faq/will-they-know-i-removed-them.mdx', rule: 'no-help-home-source' },
  { file: 'content/faq/will-they-know.mdx', rule: 'no-help-home-source' },
  { file: 'content/faq/withdraw-after-sending.mdx', rule: 'no-help-home-source' },
  { file: 'content/guides/done/remove-connection.mdx', rule: 'no-help-home-source' },
  { file: 'content/guides/remove-connection/android.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/guides/remove-connection/android.mdx',
    rule: 'no-reinvite-after-removal',
    includes: "Removing isn't blocking: they can still see",
  },
  { file: 'content/guides/remove-connection/desktop.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/guides/remove-connection/desktop.mdx',
    rule: 'no-reinvite-after-removal',
    includes: "Removing isn't blocking: they can still see",
  },
  { file: 'content/guides/remove-connection/ios.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/guides/remove-connection/ios.mdx',
    rule: 'no-reinvite-after-removal',
    includes: "Removing isn't blocking: they can still see",
  },
  {
    file: 'content/guides/withdraw/android.mdx',
    rule: 'no-gear-icon',
    includes: 'Depending on your app version it may say Manage',
  },
  {
    file: 'content/guides/withdraw/desktop.mdx',
    rule: 'show-all-first',
    includes: "At the top of My Network you'll see your",
  },
  {
    file: 'content/guides/withdraw/ios.mdx',
    rule: 'no-gear-icon',
    includes: 'Depending on your app version it may say Manage',
  },
  {
    file: 'content/learn/avoid-accidental-invitations.mdx',
    rule: 'neutral-verbs',
    includes: 'Connect buttons sit on suggestion cards and',
  },
  {
    file: 'content/learn/avoid-accidental-invitations.mdx',
    rule: 'neutral-verbs',
    includes: 'Most accidental invitations come from one tap',
  },
  {
    file: 'content/learn/invitation-limits.mdx',
    rule: 'not-linkedins-wording',
    includes: 'Many invitations going unanswered, or people',
  },
  {
    file: 'content/learn/invitation-limits.mdx',
    rule: 'short-time-is-not-a-week',
    includes: 'Sending many invitations in a short time, such',
  },
  { file: 'content/learn/what-happens-when-you-withdraw.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/learn/what-happens-when-you-withdraw.mdx',
    rule: 'no-widely-reported',
    includes: "LinkedIn doesn't publish how long invitations",
  },
  { file: 'content/troubleshooter/nodes/already-accepted.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/troubleshooter/nodes/already-accepted.mdx',
    rule: 'no-reinvite-after-removal',
    includes: 'After you remove someone they can still see',
  },
  { file: 'content/troubleshooter/nodes/app-restarted.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/app-up-to-date.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/browser-reloaded.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/browser-tried-other.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/browser-trouble.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/check-profile.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/invitation-gone.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/troubleshooter/nodes/invitation-gone.mdx',
    rule: 'no-widely-reported',
    includes: 'LinkedIn doesn’t publish how long invitations',
  },
  { file: 'content/troubleshooter/nodes/not-in-sent-list.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/troubleshooter/nodes/not-in-sent-list.mdx',
    rule: 'no-widely-reported',
    includes: 'LinkedIn doesn’t publish how long invitations',
  },
  { file: 'content/troubleshooter/nodes/open-sent-list.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/pending-not-listed.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/troubleshooter/nodes/reload-page.mdx',
    rule: 'neutral-verbs',
    includes: 'In a phone’s browser, pull the page down or tap',
  },
  { file: 'content/troubleshooter/nodes/reload-page.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/restart-app.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/troubleshooter/nodes/restricted.mdx',
    rule: 'not-linkedins-wording',
    includes: 'Too many invitations in a week, or too many',
  },
  {
    file: 'content/troubleshooter/nodes/restricted.mdx',
    rule: 'short-time-is-not-a-week',
    includes: 'Too many invitations in a week, or too many',
  },
  { file: 'content/troubleshooter/nodes/sent-many.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/still-stuck.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/troubleshooter/nodes/try-app.mdx',
    rule: 'neutral-verbs',
    includes: 'Tap Withdraw beside the person, then',
  },
  { file: 'content/troubleshooter/nodes/try-app.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/troubleshooter/nodes/try-computer.mdx',
    rule: 'neutral-verbs',
    includes: 'On a computer, open your Sent invitations in a',
  },
  { file: 'content/troubleshooter/nodes/try-computer.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/update-app.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/what-went-wrong.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/nodes/where-using.mdx', rule: 'no-help-home-source' },
  {
    file: 'content/troubleshooter/nodes/withdraw-now.mdx',
    rule: 'neutral-verbs',
    includes: 'The invitation is still pending and Withdraw is',
  },
  { file: 'content/troubleshooter/nodes/withdraw-now.mdx', rule: 'no-help-home-source' },
  { file: 'content/troubleshooter/pages/checklist.mdx', rule: 'no-help-home-source' },
];

/** Which problems a list of pending fixes excuses, and whether each entry is still needed. */
export function pendingFixChecks(fixes: readonly PendingFix[]) {
  const used = new Set<PendingFix>();
  return {
    isPending(file: string, problem: Problem): boolean {
      const fix = fixes.find(
        (entry) =>
          entry.file === file &&
          entry.rule === problem.rule &&
          (entry.includes === undefined || problem.problem.includes(entry.includes)),
      );
      if (fix) used.add(fix);
      return fix !== undefined;
    },
    /** Run after all content is read: every pending fix must still be needed. */
    assertNoneStale(): void {
      const stale = fixes.find((fix) => !used.has(fix));
      if (stale) {
        throw new ContentError(
          stale.file,
          'file',
          `no longer breaks ${stale.rule}${stale.includes ? ` ("${stale.includes}")` : ''}: delete its entry from lib/content/rules/pending-fixes.ts`,
        );
      }
    },
  };
}

const checks = pendingFixChecks(pendingFixes);
export const isPendingFix = checks.isPending;
export const assertNoStalePendingFixes = checks.assertNoneStale;
