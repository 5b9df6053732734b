import { notFound } from 'next/navigation';
import { StaleNotice } from '@/components/translation/stale-notice';
import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { mergeProvenance } from '@/lib/sources/provenance';
import { loadPageCopy } from '@/lib/pages/load';
import { loadDone } from '@/lib/guides/done';
import { loadFlow } from '@/lib/guides/load';
import { resolveNextLinks } from '@/lib/guides/next-links';
import { stepIndex, stepTitles } from '@/lib/guides/step-pages';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { platformNames } from '@/lib/platform/names';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { flowPath, localePath, troubleshooterHref, type FlowKind } from '@/lib/routes';
import { DonePanel } from './done-panel';
import { wizardWords } from './guide-words';
import { SentInvitationsPanel } from './sent-invitations-panel';
import { StepPanel } from './step-panel';
import { StepWizard } from './step-wizard';

/** A whole flow as one pre-rendered page in one edition, opened at the step its URL names. */
export function FlowPage({
  kind,
  platform,
  segment,
  locale,
}: {
  kind: FlowKind;
  platform: Platform;
  segment?: string;
  locale: Locale;
}) {
  const flow = loadFlow(kind, platform, locale);
  const done = loadDone(kind, locale);
  const initialIndex = stepIndex(flow, segment);
  if (initialIndex === null) notFound();
  const t = translator(locale, 'guide');
  const { names } = platformNames(locale);
  const here = (path: string) => localePath(locale, path);
  const basePath = here(flowPath(kind, platform));
  const sentListStep = flow.steps.find((step) => step.id === flow.sentListStep);
  const otherPlatforms = platforms.filter((other) => other !== platform);
  const pageTitles = stepTitles(flow, done.data.title, locale);

  return (
    <article className="space-y-8" data-page-kind="wizard">
      <header className="space-y-3">
        <p className="text-sm font-semibold text-muted">{names[platform]}</p>
        <h1 className="text-3xl font-bold sm:text-4xl">{flow.title}</h1>
        <p className="max-w-prose text-lg text-muted">{flow.description}</p>
        <StaleNotice
          locale={locale}
          translations={[flow.translation, done.translation]}
          englishHref={flowPath(kind, platform)}
        />
        <p className="text-sm" data-print-hidden>
          {t('anotherDevice')}{' '}
          {otherPlatforms.map((other, i) => (
            <span key={other}>
              {i > 0 && ' · '}
              <a href={here(flowPath(kind, other))}>{names[other]}</a>
            </span>
          ))}
        </p>
      </header>

      {sentListStep && (
        <SentInvitationsPanel
          step={{
            href: `${here(flowPath(kind, platform, sentListStep.id))}#${sentListStep.id}`,
            number: flow.steps.indexOf(sentListStep) + 1,
            title: sentListStep.title,
          }}
          locale={locale}
        />
      )}

      <StepWizard
        basePath={basePath}
        platform={platform}
        words={wizardWords(locale)}
        steps={flow.steps.map((step, i) => ({
          id: step.id,
          title: step.title,
          pageTitle: pageTitles[i]!,
          panel: (
            <StepPanel
              step={step}
              number={i + 1}
              platform={platform}
              flowPath={basePath}
              mismatchHref={here(troubleshooterHref(platform, step.id, kind))}
              locale={locale}
            />
          ),
        }))}
        done={{
          pageTitle: pageTitles[flow.steps.length]!,
          panel: (
            <DonePanel
              title={done.data.title}
              links={resolveNextLinks(done.data.next, platform).map((link) => ({
                ...link,
                href: here(link.href),
              }))}
              locale={locale}
            >
              <MdxContent source={done.body} platform={platform} locale={locale} />
            </DonePanel>
          ),
        }}
        initialIndex={initialIndex}
      />

      <SourcesList
        {...mergeProvenance([
          flow,
          done.data,
          ...(sentListStep ? [loadPageCopy('sent-list-shortcut', locale).data] : []),
        ])}
        locale={locale}
      />
    </article>
  );
}
