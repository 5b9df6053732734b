import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { mergeProvenance } from '@/lib/content/common-schema';
import { loadDone } from '@/lib/guides/done';
import { loadFlow } from '@/lib/guides/load';
import { stepIndex, stepTitles } from '@/lib/guides/routes';
import { platformLabels, platforms, type Platform } from '@/lib/platform/platforms';
import { flowPath, troubleshooterHref, type FlowKind } from '@/lib/routes';
import { DonePanel } from './done-panel';
import { SentInvitationsPanel } from './sent-invitations-panel';
import { StepPanel } from './step-panel';
import { StepWizard } from './step-wizard';

/** A whole flow as one pre-rendered page, opened at the step its URL names. */
export function FlowPage({
  kind,
  platform,
  segment,
}: {
  kind: FlowKind;
  platform: Platform;
  segment?: string;
}) {
  const flow = loadFlow(kind, platform);
  const done = loadDone(kind);
  const initialIndex = stepIndex(flow, segment);
  if (initialIndex === null) notFound();
  const basePath = flowPath(kind, platform);
  // The step whose picture highlights Withdraw: where the Sent-list shortcut leads on to.
  const withdrawStep =
    kind === 'withdraw'
      ? flow.steps.find((step) => step.screen.highlight === 'withdraw')
      : undefined;
  const otherPlatforms = platforms.filter((other) => other !== platform);
  const pageTitles = stepTitles(flow, done.data.title);

  const doneLinks =
    kind === 'withdraw'
      ? [
          {
            href: '/learn/what-happens-when-you-withdraw',
            label: 'What happens when you withdraw',
          },
          {
            href: flowPath('remove-connection', platform),
            label: 'They’d already accepted? Remove the connection',
          },
          { href: '/checklist', label: 'Sent many by mistake? Use the checklist' },
          { href: troubleshooterHref(platform), label: 'Something didn’t match? Troubleshoot' },
          { href: '/faq', label: 'Questions? Read the FAQ' },
        ]
      : [
          { href: '/faq', label: 'Questions? Read the FAQ' },
          { href: troubleshooterHref(platform), label: 'Something didn’t match? Troubleshoot' },
        ];

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
              <a href={flowPath(kind, other)}>{platformLabels[other]}</a>
            </span>
          ))}
        </p>
      </header>

      {withdrawStep && (
        <SentInvitationsPanel
          withdrawStepHref={`${flowPath(kind, platform, withdrawStep.id)}#${withdrawStep.id}`}
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
              mismatchHref={troubleshooterHref(platform, step.id, kind)}
            />
          ),
        }))}
        done={{
          pageTitle: pageTitles[flow.steps.length]!,
          panel: (
            <DonePanel title={done.data.title} links={doneLinks}>
              <MdxContent source={done.body} />
            </DonePanel>
          ),
        }}
        initialIndex={initialIndex}
      />

      <SourcesList {...mergeProvenance([flow, done.data])} />
    </article>
  );
}
