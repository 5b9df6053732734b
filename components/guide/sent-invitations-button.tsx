import { site } from '@/lib/site';

/** The shortcut every flow starts with: LinkedIn's own Sent list, in the app where it's installed. */
export function SentInvitationsButton() {
  return (
    <div className="rounded-xl border border-border bg-surface p-4" data-print-hidden>
      <a
        href={site.sentInvitationsUrl}
        target="_blank"
        rel="noopener noreferrer"
        className="inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2 font-semibold text-accent-fg no-underline hover:opacity-90"
      >
        Open my Sent invitations
        <span className="sr-only">(opens LinkedIn in a new tab)</span>
        <span aria-hidden="true">↗</span>
      </a>
      <p className="mt-2 text-sm text-muted">
        Opens LinkedIn&apos;s list of invitations you&apos;ve sent (in the app, if it&apos;s
        installed). Choose the <strong>People</strong> filter if Page or newsletter invitations show
        too, then jump to the Withdraw step below.
      </p>
    </div>
  );
}
