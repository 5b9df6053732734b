import Link from 'next/link';
import type { Locale } from '@/lib/locales';
import { localePath } from '@/lib/routes';
import type { Answer } from '@/lib/troubleshooter/load';
import { nodeHref } from '@/lib/troubleshooter/load';

/**
 * A question's answers as plain links to the next node's page: they work without JavaScript,
 * the browser's Back undoes them, and every step can be bookmarked. With JavaScript they
 * navigate client-side, so the next node can animate in (app/troubleshoot/template.tsx).
 */
export function AnswerList({ answers, locale }: { answers: readonly Answer[]; locale: Locale }) {
  return (
    <ul data-answers className="grid gap-3">
      {answers.map((answer) => (
        <li key={answer.id}>
          <Link
            href={localePath(locale, nodeHref(answer.next))}
            className="flex items-center justify-between gap-4 rounded-lg border-2 border-border px-4 py-3 font-semibold text-fg no-underline hover:border-accent hover:bg-accent-soft"
          >
            <span>{answer.label}</span>
            <span aria-hidden="true" className="text-accent">
              →
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
