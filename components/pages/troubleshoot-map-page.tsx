import { TreeMap } from '@/components/troubleshooter/tree-map';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { pageMetadata } from '@/lib/metadata';
import { localePath, paths } from '@/lib/routes';
import { loadTroubleshooter } from '@/lib/troubleshooter/load';

export function troubleshootMapMetadata(locale: Locale) {
  const t = translator(locale, 'pages');
  return pageMetadata({
    title: t('map.title'),
    description: t('map.description'),
    path: paths.troubleshootMap,
    locale,
  });
}

export function TroubleshootMapPage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'pages');
  const tree = loadTroubleshooter(locale);
  const nodes = [...tree.nodes.values()];
  const questions = nodes.filter((node) => node.kind === 'question').length;
  const longest = Math.max(...tree.paths.map((path) => path.length - 1));
  return (
    <div className="space-y-6">
      <header className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">{t('map.title')}</h1>
        <p className="text-lg text-muted">
          {t('map.lead', {
            questions,
            outcomes: nodes.length - questions,
            paths: tree.paths.length,
            longest,
          })}
        </p>
        <p>
          <a href={localePath(locale, paths.troubleshoot)}>{t('map.start')}</a>
        </p>
      </header>
      <TreeMap tree={tree} locale={locale} />
    </div>
  );
}
