import Link from 'next/link';
import type { ReactNode } from 'react';
import { SourcesList } from '@/components/sources-list';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { localePath } from '@/lib/routes';
import type { TroubleshooterNode } from '@/lib/troubleshooter/load';
import { nodeHref } from '@/lib/troubleshooter/load';
import { AnswerList } from './answer-list';
import { PlatformLine } from './platform-line';
import { YourAnswers } from './your-answers';

/**
 * One node's page: a question with its answers, or an outcome with what to do. `body` is the
 * node's rendered MDX (help text or advice). Everything is server-rendered HTML; links within
 * the tree are next/link, plain links that navigate client-side once JavaScript runs.
 */
export function NodeView({
  node,
  body,
  locale,
}: {
  node: TroubleshooterNode;
  body: ReactNode;
  locale: Locale;
}) {
  const t = translator(locale, 'troubleshooter');
  const parent = node.trail.at(-1);
  const { title } = node.text.data;
  const { sources } = node.provenance;
  return (
    <article data-page-kind={node.kind} className="max-w-prose space-y-6">
      {parent && (
        <p data-print-hidden>
          <Link href={localePath(locale, nodeHref(parent.questionId))}>
            <span aria-hidden="true">← </span>
            {t('back')}
          </Link>
        </p>
      )}
      <header className="space-y-2">
        <p className="text-sm font-semibold text-muted">
          {node.kind === 'question' ? t('question') : t('outcome')}
        </p>
        <h1 id="node-title" tabIndex={-1} className="text-3xl font-bold">
          {title}
        </h1>
      </header>
      <PlatformLine path={nodeHref(node.id)} instructions={node.platformSpecific} locale={locale} />
      <div data-node-body className="leading-relaxed">
        {body}
      </div>
      {node.kind === 'question' && <AnswerList answers={node.answers} locale={locale} />}
      {node.trail.length > 0 && <YourAnswers trail={node.trail} locale={locale} />}
      <SourcesList sources={sources} locale={locale} />
    </article>
  );
}
