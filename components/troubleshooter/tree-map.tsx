import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { localePath } from '@/lib/routes';
import type { Troubleshooter } from '@/lib/troubleshooter/load';
import { nodeHref } from '@/lib/troubleshooter/load';

function Branch({ id, tree, locale }: { id: string; tree: Troubleshooter; locale: Locale }) {
  const t = translator(locale, 'troubleshooter');
  const node = tree.nodes.get(id)!;
  return (
    <>
      <span className="font-semibold">
        <span className={node.kind === 'question' ? 'text-muted' : 'text-success'}>
          {node.kind === 'question' ? t('mapQuestion') : t('mapOutcome')}
        </span>
        <a href={localePath(locale, nodeHref(id))}>{node.text.data.title}</a>
      </span>{' '}
      <code className="text-xs text-muted">{id}</code>
      {node.adviceFrom && (
        <span className="text-sm text-muted">{t('mapAdvice', { id: node.adviceFrom })}</span>
      )}
      {node.kind === 'question' && (
        <ul className="mt-2 space-y-3 border-l-2 border-border pl-4">
          {node.answers.map((answer) => (
            <li key={answer.next}>
              <span className="block text-sm text-muted">
                <span className="sr-only">{t('mapAnswer')}</span>
                {answer.label} <span aria-hidden="true">→</span>
              </span>
              <Branch id={answer.next} tree={tree} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The whole tree as nested lists, drawn from the same data the pages use: it can't drift. */
export function TreeMap({ tree, locale }: { tree: Troubleshooter; locale: Locale }) {
  return (
    <div data-tree-map>
      <Branch id={tree.start} tree={tree} locale={locale} />
    </div>
  );
}
