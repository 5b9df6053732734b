import { site } from '@/lib/site';

/** LinkedIn's own list of sent invitations, as a button-styled link that opens a new tab. */
export function SentInvitationsLink({ label }: { label: string }) {
  return (
    <a
      href={site.sentInvitationsUrl}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2 font-semibold text-accent-fg no-underline hover:opacity-90"
    >
      {label}
      <span className="sr-only">(opens LinkedIn in a new tab)</span>
      <span aria-hidden="true">↗</span>
    </a>
  );
}
