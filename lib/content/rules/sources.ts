import type { Problem } from './problem';

/**
 * How content may cite, as rules run over every source in content/sources.ts. One
 * entry per rule, like the facts rules (facts.ts): an id, what it checks, and the reason.
 */
export interface SourceRule {
  id: string;
  checks: string;
  reason: string;
  breaks: (source: { url: string }) => boolean;
}

export const sourceRules: readonly SourceRule[] = [
  {
    id: 'no-help-home-source',
    checks: 'a source is the page that says the thing, never the LinkedIn Help home page',
    reason:
      'cite an old article at its own address with its review date, e.g. https://help.linkedin.com/app/answers/detail/a_id/26',
    breaks: ({ url }) => {
      const parsed = new URL(url);
      return (
        /^(?:www\.)?linkedin\.com$/.test(parsed.hostname) &&
        /^\/help\/linkedin\/?$/.test(parsed.pathname)
      );
    },
  },
];

/** Every source rule each source breaks, as problems naming the source's url. */
export function sourceProblems(sources: readonly { url: string }[]): Problem[] {
  return sources.flatMap((source, i) =>
    sourceRules
      .filter((rule) => rule.breaks(source))
      .map((rule) => ({
        field: `sources.${i}.url`,
        rule: rule.id,
        problem: `${source.url} breaks ${rule.id}: ${rule.checks}; ${rule.reason}`,
      })),
  );
}
