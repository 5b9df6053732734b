import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { AnswerList } from '@/components/troubleshooter/answer-list';
import { DeviceChoice } from '@/components/troubleshooter/device-choice';
import { NodeView } from '@/components/troubleshooter/node-view';
import { PlatformLine } from '@/components/troubleshooter/platform-line';
import { StepNote } from '@/components/troubleshooter/step-note';
import { TreeMap } from '@/components/troubleshooter/tree-map';
import { translator } from '@/lib/i18n/translator';
import { labelText } from '@/lib/labels/registry';
import type { Locale } from '@/lib/locales';
import { pageMetadata } from '@/lib/metadata';
import { localePath, paths } from '@/lib/routes';
import { guideSteps } from '@/lib/troubleshooter/guide-steps';
import { getNode, loadTroubleshooter, nodeHref } from '@/lib/troubleshooter/load';

/**
 * LinkedIn's Withdraw button as the troubleshooter's headings name it.
 * TODO(labels): the edition's label (labelText by locale) once the registry reads by language.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const withdrawLabel = (locale: Locale) => labelText('withdraw');

export function troubleshootMetadata(locale: Locale) {
  const t = translator(locale, 'pages');
  const withdraw = withdrawLabel(locale);
  return pageMetadata({
    title: t('troubleshoot.title', { withdraw }),
    description: t('troubleshoot.description', { withdraw }),
    path: paths.troubleshoot,
    locale,
  });
}

/**
 * The way in, and the first question's only page (nodeHref(start) leads here): the device
 * question (only while the device is a guess), the guide step the person came from, and the
 * first question with its answers.
 */
export function TroubleshootPage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'pages');
  const start = getNode(loadTroubleshooter(locale).start, locale);
  const { sources } = start.provenance;
  return (
    <div data-page-kind="question" className="max-w-prose space-y-8">
      <header className="space-y-3">
        <h1 id="page-title" tabIndex={-1} className="text-3xl font-bold sm:text-4xl">
          {t('troubleshoot.heading', { withdraw: withdrawLabel(locale) })}
        </h1>
        <p className="text-lg text-muted">{t('troubleshoot.lead')}</p>
      </header>
      <StepNote steps={guideSteps(locale)} locale={locale} />
      <DeviceChoice locale={locale} />
      <PlatformLine
        path={localePath(locale, paths.troubleshoot)}
        instructions={start.platformSpecific}
        onlyOnceChosen
        locale={locale}
      />
      <section aria-labelledby="start-question" className="space-y-4">
        <h2 id="start-question" className="text-2xl font-bold">
          {start.text.data.title}
        </h2>
        <div className="leading-relaxed">
          <MdxContent source={start.body} locale={locale} />
        </div>
        <AnswerList answers={start.answers} locale={locale} />
      </section>
      <p className="text-sm">
        <a href={localePath(locale, paths.troubleshootMap)}>{t('troubleshoot.mapLink')}</a>
      </p>
      <SourcesList sources={sources} locale={locale} />
    </div>
  );
}

/** Every node but the start, which is asked on the entry page (/troubleshoot) and only there. */
export function nodeParams() {
  const { start, nodes } = loadTroubleshooter();
  return [...nodes.keys()].filter((node) => node !== start).map((node) => ({ node }));
}

export function nodeMetadata(id: string, locale: Locale): Metadata {
  const node = loadTroubleshooter(locale).nodes.get(id);
  if (!node) return {};
  const { title, description } = node.text.data;
  return pageMetadata({
    title,
    description:
      description ??
      translator(locale, 'pages')('troubleshoot.nodeDescription', {
        withdraw: withdrawLabel(locale),
      }),
    path: nodeHref(node.id),
    locale,
  });
}

export function TroubleshootNodePage({ id, locale }: { id: string; locale: Locale }) {
  const node = loadTroubleshooter(locale).nodes.get(id);
  if (!node) notFound();
  return (
    <NodeView
      node={node}
      body={<MdxContent source={node.body} locale={locale} />}
      locale={locale}
    />
  );
}

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
