import { MdxContent } from '@/components/mdx/mdx-content';
import { PlatformPicker } from '@/components/platform-picker/platform-picker';
import { SourcesList } from '@/components/sources-list';
import { mergeProvenance } from '@/lib/content/common-schema';
import { loadDone } from '@/lib/guides/done';
import { loadFlow } from '@/lib/guides/load';
import { pageMetadata } from '@/lib/metadata';
import { loadPageCopy } from '@/lib/pages/load';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { learnPath, paths } from '@/lib/routes';
import { site } from '@/lib/site';

export const metadata = pageMetadata({
  title: { absolute: `${site.name}: ${site.tagline}` },
  description: loadPageCopy('home').data.description ?? site.tagline,
  path: paths.home,
});

export default function HomePage() {
  const copy = loadPageCopy('home');
  const flows = platforms.map((platform) => loadFlow('withdraw', platform));
  const done = loadDone('withdraw');
  const stepCounts = Object.fromEntries(
    flows.map((flow) => [flow.platform, flow.steps.length]),
  ) as Record<Platform, number>;

  return (
    <div className="space-y-12">
      <section className="space-y-4">
        <h1 className="max-w-3xl text-3xl font-bold sm:text-5xl">{copy.data.title}</h1>
        {copy.data.lead && <p className="max-w-prose text-lg text-muted">{copy.data.lead}</p>}
      </section>

      <PlatformPicker stepCounts={stepCounts} />

      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="stuck" className="rounded-xl bg-surface p-5">
          <h2 id="stuck" className="text-lg font-bold">
            Can&apos;t find Withdraw?
          </h2>
          <p className="mt-2 text-muted">
            No button, the person isn&apos;t listed, or they already accepted: answer a few
            questions and get what to do.
          </p>
          <p className="mt-3">
            <a href={paths.troubleshoot}>Troubleshoot</a>
          </p>
        </section>
        <section aria-labelledby="many" className="rounded-xl bg-surface p-5">
          <h2 id="many" className="text-lg font-bold">
            Sent dozens by accident?
          </h2>
          <p className="mt-2 text-muted">
            LinkedIn has no bulk withdraw. Work through them one at a time with a checklist that
            stays in this browser.
          </p>
          <p className="mt-3">
            <a href={paths.checklist}>Open the checklist</a>
          </p>
        </section>
      </div>

      <section className="max-w-prose space-y-3">
        <MdxContent source={copy.body} />
        <ul className="space-y-1">
          <li>
            <a href={learnPath('what-happens-when-you-withdraw')}>
              More on what happens when you withdraw
            </a>
          </li>
          <li>
            <a href={learnPath('avoid-accidental-invitations')}>
              How to avoid accidental invitations
            </a>
          </li>
          <li>
            <a href={learnPath('invitation-limits')}>Invitation limits and restrictions</a>
          </li>
          <li>
            <a href={paths.faq}>Questions and answers</a>
          </li>
        </ul>
      </section>

      <SourcesList {...mergeProvenance([copy.data, ...flows, done.data])} />
    </div>
  );
}
