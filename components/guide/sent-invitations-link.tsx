import { ButtonLink } from '@/components/ui/button';
import { site } from '@/lib/site';

/** LinkedIn's own list of sent invitations, as a button-styled link that opens a new tab. */
export function SentInvitationsLink({ label }: { label: string }) {
  return (
    <ButtonLink href={site.sentInvitationsUrl} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="sr-only">(opens LinkedIn in a new tab)</span>
      <span aria-hidden="true">↗</span>
    </ButtonLink>
  );
}
