import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { mergeProvenance } from '@/lib/sources/provenance';
import { loadPageCopy } from '@/lib/pages/load';
import { loadDone } from '@/lib/guides/done';
import { loadFlow } from '@/lib/guides/load';
import { resolveNextLinks } from '@/lib/guides/next-links';
import { stepIndex, stepTitles } from '@/lib/guides/step-pages';
import { platformLabels, platforms, type Platform } from '@/lib/platform/platforms';
import { defaultLocale, type Locale } from '@/lib/locales';
import { flowPath, localePath, troubleshooterHref, type FlowKind } from '@/lib/routes';
import { DonePanel } from './done-panel';
import { SentInvitationsPanel } from './sent-invitations-panel';
import { StepPanel } from './step-panel';
import { StepWizard } from './step-wizard';

/** A whole flow as one pre-rendered page, opened at the step its URL names. */
export function FlowPage({
  kind,
  platform,
  segment,
  locale = defaultLocale,
}: {
  kind: FlowKind;
  platform: Platform;
  segment?: string;
  locale?: Locale;
}) {
  const flow = loadFlow(kind, platform, locale);
  const done = loadDone(kind, locale);
  const link = (path: string) => localePath(locale, path);
  const initialIndex = stepIndex(flow, segment);
  if (initialIndex === null) notFound();
  const basePath = link(flowPath(kind, platform));
  const sentListStep = flow.steps.find((step) => step.id === flow.sentListStep);
  const otherPlatforms = platforms.filter((other) => other !== platform);
  const pageTitles = stepTitles(flow, done.data.title);

  return (
    <article className="space-y-8" data-page-kind="wizard">
      <header className="space-y-3">
        <p className="text-sm font-semibold text-muted">{platformLabels[platform]}</p>
        <h1 className="text-3xl font-bold sm:text-4xl">{flow.title}</h1>
        <p className="max-w-prose text-lg text-muted">{flow.description}</p>
        <p className="text-sm" data-print-hidden>
          Another device?{' '}
          {otherPlatforms.map((other, i) => (
            <span key={other}>
              {i > 0 && ' · '}
              <a href={link(flowPath(kind, other))}>{platformLabels[other]}</a>
            </span>
          ))}
        </p>
      </header>

      {sentListStep && (
        <SentInvitationsPanel
          step={{
            href: `${link(flowPath(kind, platform, sentListStep.id))}#${sentListStep.id}`,
            number: flow.steps.indexOf(sentListStep) + 1,
            title: sentListStep.title,
          }}
          locale={locale}
        />
      )}

      <StepWizard
        basePath={basePath}
        platform={platform}
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
              mismatchHref={link(troubleshooterHref(platform, step.id, kind))}
              locale={locale}
            />
          ),
        }))}
        done={{
          pageTitle: pageTitles[flow.steps.length]!,
          panel: (
            <DonePanel
              title={done.data.title}
              links={resolveNextLinks(done.data.next, platform, locale)}
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
      />
    </article>
  );
}
