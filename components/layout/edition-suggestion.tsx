import { choiceAttribute } from '@/lib/edition-choice';
import type { Locale } from '@/lib/locales';

export interface EditionOffer {
  locale: Locale;
  /** The page's address in that edition. */
  href: string;
  /** In that edition's language: "Diese Anleitung gibt es auch auf Deutsch." */
  text: string;
  go: string;
  dismiss: string;
}

/**
 * The home page's offer of the edition the browser's languages ask for. Every other edition's
 * offer is in the HTML, hidden; the head script picks one before first paint and remembers the
 * reader's answer (lib/edition-choice.ts), and CSS shows it, so nothing moves and nothing
 * flashes. Without JavaScript nothing shows. No client JavaScript of its own.
 */
export function EditionSuggestion({ offers }: { offers: readonly EditionOffer[] }) {
  return (
    // Not an <aside>: a landmark would need a name, in a language the page doesn't know yet.
    <div data-edition-suggestion data-print-hidden>
      {offers.map((offer) => (
        <p
          key={offer.locale}
          lang={offer.locale}
          data-edition={offer.locale}
          className="flex-wrap items-center gap-x-4 gap-y-2 rounded-xl bg-surface px-4 py-3"
        >
          <span>{offer.text}</span>
          <a
            href={offer.href}
            hrefLang={offer.locale}
            className="font-semibold"
            {...{ [choiceAttribute]: offer.locale }}
          >
            {offer.go}
          </a>
          <button type="button" className="underline" {...{ [choiceAttribute]: 'dismissed' }}>
            {offer.dismiss}
          </button>
        </p>
      ))}
    </div>
  );
}
