import { MdxContent } from '@/components/mdx/mdx-content';
import { SentInvitationsPanel } from '@/components/guide/sent-invitations-panel';
import { PlatformPicker } from '@/components/platform-picker/platform-picker';
import { SourcesList } from '@/components/sources-list';
import { mergeProvenance } from '@/lib/sources/provenance';
import { loadDone } from '@/lib/guides/done';
import { loadFlow } from '@/lib/guides/load';
import { pageMetadata } from '@/lib/metadata';
import { loadPageCopy, type PageCopy } from '@/lib/pages/load';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { learnPath, paths, type FlowKind } from '@/lib/routes';
import { site } from '@/lib/site';

export const metadata = pageMetadata({
  title: { absolute: `${site.name}: ${site.tagline}` },
  description: loadPageCopy('home').data.description ?? site.tagline,
  path: paths.home,
});

/** A route's heading, its words, and the picker of its three guides. */
function Route({ id, copy, kind }: { id: string; copy: PageCopy; kind: FlowKind }) {
  const flows = platforms.map((platform) => loadFlow(kind, platform));
  const stepCounts = Object.fromEntries(
    flows.map((flow) => [flow.platform, flow.steps.length]),
  ) as Record<Platform, number>;
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="text-2xl font-bold">
        {copy.data.title}
      </h2>
      <div className="max-w-prose text-muted">
        <MdxContent source={copy.body} />
      </div>
      {kind === 'withdraw' && <SentInvitationsPanel />}
      <PlatformPicker
        kind={kind}
        label={`${copy.data.title.replace(/\?$/, '')}: choose your device`}
        stepCounts={stepCounts}
      />
    </section>
  );
}

function Card({ id, copy }: { id: string; copy: PageCopy }) {
  return (
    <section aria-labelledby={id} className="rounded-xl bg-surface p-5">
      <h2 id={id} className="text-lg font-bold">
        {copy.data.title}
      </h2>
      <div className="mt-2 text-muted">
        <MdxContent source={copy.body} />
      </div>
    </section>
  );
}

export default function HomePage() {
  const copy = loadPageCopy('home');
  const routes = [loadPageCopy('home-profile'), loadPageCopy('home-sent-list')];
  const cards = [loadPageCopy('home-stuck'), loadPageCopy('home-many')];
  const flows = (['profile', 'withdraw'] as const).flatMap((kind) =>
    platforms.map((platform) => loadFlow(kind, platform)),
  );

  return (
    <div className="space-y-12">
      <section className="space-y-4">
        <h1 className="max-w-3xl text-3xl font-bold sm:text-5xl">{copy.data.title}</h1>
        {copy.data.lead && <p className="max-w-prose text-lg text-muted">{copy.data.lead}</p>}
      </section>

      <Route id="from-profile" copy={routes[0]!} kind="profile" />
      <Route id="from-sent-list" copy={routes[1]!} kind="withdraw" />

      <div className="grid gap-4 sm:grid-cols-2">
        <Card id="stuck" copy={cards[0]!} />
        <Card id="many" copy={cards[1]!} />
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

      <SourcesList
        {...mergeProvenance([
          copy.data,
          ...routes.map((route) => route.data),
          ...cards.map((card) => card.data),
          loadPageCopy('sent-list-shortcut').data,
          ...flows,
          loadDone('withdraw').data,
        ])}
      />
    </div>
  );
}
