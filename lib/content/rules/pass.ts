import { ContentError } from '@/lib/content/errors';
import { textRules, type TextRule } from './facts';
import type { Problem } from './problem';
import { sentences, type ContentText } from './texts';

const quote = (text: string) => `"${text.length > 120 ? `${text.slice(0, 117)}…` : text}"`;

function broken(rule: TextRule, text: ContentText): string[] {
  const parts = rule.reads === 'block' ? [text.text] : sentences(text.text);
  return parts.filter((part) => rule.breaks(part, text.platform));
}

/** Every text rule each text breaks, as problems naming the field, the line and the rule. */
export function textProblems(texts: readonly ContentText[]): Problem[] {
  return texts.flatMap((text) =>
    textRules.flatMap((rule) =>
      broken(rule, text).map((part) => ({
        field: text.field,
        rule: rule.id,
        problem: `${quote(part)}${text.line ? ` (line ${text.line})` : ''} breaks ${rule.id}: ${rule.checks}; ${rule.reason}`,
      })),
    ),
  );
}

/** The content-rules pass's verdict on one file: the first problem, and how many more. */
export function assertNoProblems(file: string, problems: readonly Problem[]): void {
  const [first] = problems;
  if (!first) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more in this file)` : '';
  throw new ContentError(file, first.field, first.problem + more);
}

/** The facts rules over one file: what every loader runs on what it reads. */
export function assertFacts(file: string, texts: readonly ContentText[]): void {
  assertNoProblems(file, textProblems(texts));
}
