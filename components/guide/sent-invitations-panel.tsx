import { MdxContent } from '@/components/mdx/mdx-content';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/locales';
import { loadPageCopy } from '@/lib/pages/load';
import { SentInvitationsLink } from './sent-invitations-link';

/**
 * The shortcut a flow that reaches the Sent list starts with: LinkedIn's own Sent list, then
 * (on a flow) straight on to the step that list opens at. Its words are content/pages/sent-list-shortcut.mdx.
 */
export function SentInvitationsPanel({
  step,
  locale,
}: {
  step?: { href: string; number: number; title: string };
  locale: Locale;
}) {
  const copy = loadPageCopy('sent-list-shortcut', locale);
  const t = translator(locale, 'guide');
  return (
    <div className="rounded-xl border border-border bg-surface p-4" data-print-hidden>
      <SentInvitationsLink label={copy.data.title} locale={locale} />
      <div className="mt-2 text-sm text-muted">
        <MdxContent source={copy.body} locale={locale} />
        {step && (
          <p className="mt-1">
            <a href={step.href}>{t('thenGoOn', { number: step.number, title: step.title })}</a>
          </p>
        )}
      </div>
    </div>
  );
}
