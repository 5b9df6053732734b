import { PlatformPicker } from '@/components/platform-picker/platform-picker';
import { SourcesList } from '@/components/sources-list';
import { mergeProvenance } from '@/lib/content/common-schema';
import { loadDone } from '@/lib/guides/done';
import { loadFlow } from '@/lib/guides/load';
import { pageMetadata } from '@/lib/metadata';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { site } from '@/lib/site';

export const metadata = pageMetadata({
  title: { absolute: `${site.name}: ${site.tagline}` },
  description:
    'Sent a LinkedIn invitation by mistake? Withdraw it in under a minute, step by step, on a desktop browser, iPhone or Android. The person isn’t notified.',
  path: '/',
});

export default function HomePage() {
  const flows = platforms.map((platform) => loadFlow('withdraw', platform));
  const done = loadDone('withdraw');
  const stepCounts = Object.fromEntries(
    flows.map((flow) => [flow.platform, flow.steps.length]),
  ) as Record<Platform, number>;

  return (
    <div className="space-y-12">
      <section className="space-y-4">
        <h1 className="max-w-3xl text-3xl font-bold sm:text-5xl">
          Sent a LinkedIn invitation by mistake? Withdraw it.
        </h1>
        <p className="max-w-prose text-lg text-muted">
          Pick your device and follow the steps, one at a time. It takes under a minute, and the
          person isn&apos;t notified.
        </p>
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
            <a href="/troubleshoot">Troubleshoot</a>
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
            <a href="/checklist">Open the checklist</a>
          </p>
        </section>
      </div>

      <section aria-labelledby="what-happens" className="max-w-prose space-y-3">
        <h2 id="what-happens" className="text-2xl font-bold">
          What happens when you withdraw
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>The person isn&apos;t notified, and LinkedIn&apos;s reminder emails stop.</li>
          <li>The original invitation email stays in their email inbox.</li>
          <li>You can&apos;t invite the same person again for up to three weeks.</li>
        </ul>
        <ul className="space-y-1">
          <li>
            <a href="/learn/what-happens-when-you-withdraw">
              More on what happens when you withdraw
            </a>
          </li>
          <li>
            <a href="/learn/avoid-accidental-invitations">How to avoid accidental invitations</a>
          </li>
          <li>
            <a href="/learn/invitation-limits">Invitation limits and restrictions</a>
          </li>
          <li>
            <a href="/faq">Questions and answers</a>
          </li>
        </ul>
      </section>

      <SourcesList {...mergeProvenance([...flows, done.data])} />
    </div>
  );
}
