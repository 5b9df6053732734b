import { ButtonLink } from '@/components/ui/button';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { site } from '@/lib/site';

/** LinkedIn's own list of sent invitations, as a button-styled link that opens a new tab. */
export function SentInvitationsLink({ label, locale }: { label: string; locale: Locale }) {
  return (
    <ButtonLink href={site.sentInvitationsUrl} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="sr-only">{translator(locale, 'guide')('opensLinkedIn')}</span>
      <span aria-hidden="true">↗</span>
    </ButtonLink>
  );
}
