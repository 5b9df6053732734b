import { SentInvitationsLink } from './sent-invitations-link';

/**
 * The shortcut every withdraw flow starts with: LinkedIn's own Sent list (in the app, where
 * it's installed), then straight on to the step that withdraws.
 */
export function SentInvitationsPanel({ withdrawStepHref }: { withdrawStepHref: string }) {
  return (
    <div className="rounded-xl border border-border bg-surface p-4" data-print-hidden>
      <SentInvitationsLink />
      <p className="mt-2 text-sm text-muted">
        Opens LinkedIn&apos;s list of invitations you&apos;ve sent (in the app, if it&apos;s
        installed). Choose the <strong>People</strong> filter if Page or newsletter invitations show
        too, then <a href={withdrawStepHref}>jump to the Withdraw step</a>.
      </p>
    </div>
  );
}
