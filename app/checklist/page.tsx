import { Checklist } from '@/components/checklist/checklist';
import { SentInvitationsLink } from '@/components/guide/sent-invitations-link';
import { MdxContent } from '@/components/mdx/mdx-content';
import { SourcesList } from '@/components/sources-list';
import { mergeProvenance } from '@/lib/sources/provenance';
import { pageMetadata } from '@/lib/metadata';
import { loadPageCopy } from '@/lib/pages/load';
import { paths } from '@/lib/routes';
import { loadTroubleshooterPage } from '@/lib/troubleshooter/pages';

const path = paths.checklist;

export function generateMetadata() {
  const { title, description } = loadTroubleshooterPage('checklist').data;
  return pageMetadata({ title, description, path });
}

/** LinkedIn has no bulk withdraw: a list to work through, kept in this browser only. */
export default function ChecklistPage() {
  const page = loadTroubleshooterPage('checklist');
  const shortcut = loadPageCopy('sent-list-shortcut');
  const { title, description } = page.data;
  return (
    <div data-page-kind="checklist" className="max-w-prose space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
        <p className="text-lg text-muted">{description}</p>
      </header>
      <p>
        <SentInvitationsLink label={shortcut.data.title} />
      </p>
      <section
        data-no-js
        aria-labelledby="needs-javascript"
        className="rounded-xl border-2 border-warn p-5 [:root[data-js]_&]:hidden"
      >
        <h2 id="needs-javascript" className="text-lg font-bold">
          The checklist needs JavaScript
        </h2>
        <p className="mt-2">
          JavaScript is off or blocked in this browser, so the list can’t work here. You can do the
          same by hand: see “By hand” below.
        </p>
      </section>
      <div data-js-only>
        <Checklist />
      </div>
      <p className="text-sm text-muted">
        Your list is stored only in this browser, on this device. It’s never sent anywhere.
      </p>
      <div className="leading-relaxed">
        <MdxContent source={page.body} />
      </div>
      <SourcesList {...mergeProvenance([page.data, shortcut.data])} />
    </div>
  );
}
