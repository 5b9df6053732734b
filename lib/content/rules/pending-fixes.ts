import { ContentError } from '@/lib/content/errors';
import type { Problem } from './problem';

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
const pendingFixes: readonly PendingFix[] = [
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
