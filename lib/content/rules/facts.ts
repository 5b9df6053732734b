/**
 * What the guide may say, as rules the loaders run over every text a reader reads (bodies,
 * titles, descriptions, questions, answer labels), in every language: each rule that matches
 * words matches their German and French equivalents too (a rule doesn't know a text's
 * language; it runs every pattern). LinkedIn's labels read as their English text here
 * (lib/content/rules/texts.ts), so the rules that name labels hold in every edition. Each rule is one entry: an id, what it
 * checks and the reason, which the error prints so the fix is plain. To add a fact, add an
 * entry here and a bad example to facts.test.ts.
 */
import type { Platform } from '@/lib/platform/platforms';

export interface TextRule {
  id: string;
  /** What the rule holds the text to, as the error message says it. */
  checks: string;
  /** Why, and on what authority. */
  reason: string;
  /** Most rules read one sentence at a time; a few need the whole paragraph. */
  reads?: 'sentence' | 'block';
  /** Whether `text` (for `platform`, or for every platform when none) breaks the rule. */
  breaks: (text: string, platform: Platform | undefined) => boolean;
}

const negation =
  /\b(not|no|never|nicht|kein\w*|nie|niemals|ne|pas|jamais|aucun\w*)\b|n['’]t\b|\bn['’]/i;
/** Tapping, in English, German (tippen, antippen) and French (toucher, tapoter). */
const tap =
  /\btap(?:s|ped|ping)?\b|\b(?:an)?tipp(?:en|t|e|st)\b(?![^.!?]*\bein\b)|\bangetippt\b|\btouch(?:ez|er|é|ée|és|ant)\b|\btapot(?:ez|er)\b/i;
/** Clicking, in English, German (klicken, anklicken, Klick) and French (cliquer, clic). */
const click = /\bclick|\b(?:an)?klick|\bangeklickt|\bcliqu|\bclics?\b/i;

export const textRules: readonly TextRule[] = [
  {
    id: 'no-clean-slate',
    checks: 'never call withdrawing a "clean slate"',
    reason:
      'after withdrawing you can’t invite the same person again for up to three weeks (LinkedIn Help a551012)',
    breaks: (s) =>
      /clean slate|Neuanfang|unbeschriebene[ns]? Blatt|table rase|repartir de z[ée]ro/i.test(s),
  },
  {
    id: 'up-to-three-weeks',
    checks: 'the wait before re-inviting is "up to" three weeks',
    reason: 'LinkedIn says "for up to three weeks" (a551012): it can be shorter',
    breaks: (s) =>
      /\b(three|3)[- ]weeks?\b|\b(drei|3)[- ]?Wochen\b|\b(trois|3)[-\s]semaines?\b/i.test(s) &&
      !/up to|bis zu|jusqu['’]à/i.test(s),
  },
  {
    id: 'no-weekly-number',
    checks: 'no weekly number of invitations ("100 per week", "100/week", "100 a week")',
    reason: 'LinkedIn publishes no weekly limit (a550555)',
    breaks: (s) =>
      /\d+\s*(?:(?:invitations|requests|invites)\s+)?(?:\/|per\b|a\b|each\b)\s*week/i.test(s) ||
      /\d+\s*(?:(?:Einladungen|Anfragen)\s+)?(?:\/|pro\b|je\b|in der\b|die\b)\s*Woche/i.test(s) ||
      /\bwöchentlich\s+\d+/i.test(s) ||
      /\d+\s*(?:(?:invitations|demandes)\s+)?(?:\/|par\b|chaque\b)\s*semaine/i.test(s),
  },
  {
    id: 'six-months-hedged',
    checks: '"six months" only as what some sources report',
    reason:
      'LinkedIn publishes no expiry period; third parties disagree (six months, 30 days, never)',
    breaks: (s) =>
      /\b(six|6)[- ]months?\b|\b(sechs|6)\s+Monate?n?\b|\b(six|6)\s+mois\b/i.test(s) &&
      !/some sources|third[- ]part|reported|publish|doesn['’]t say|does not say|manche Quellen|einige Quellen|Dritte|berichte|veröffentlicht|sagt nicht|nennt keine|certaines sources|des tiers|rapport|publie|ne dit pas|n['’]indique pas/i.test(
        s,
      ),
  },
  {
    id: 'no-expiry-claim',
    checks: 'never say invitations "do expire"',
    reason:
      'LinkedIn publishes no expiry period: say "LinkedIn doesn’t say how long an invitation stays pending"',
    breaks: (s) =>
      /\b(?:do|does)\s+expire\b/i.test(s) ||
      (/\b(?:verfallen|verfällt|laufen\s+(?:\S+\s+){0,3}ab|läuft\s+(?:\S+\s+){0,3}ab)\b/i.test(s) &&
        !negation.test(s) &&
        !s.trim().endsWith('?')) ||
      (/\bexpirent\b|\bexpire\b/i.test(s) && !negation.test(s) && !s.trim().endsWith('?')),
  },
  {
    id: 'no-widely-reported',
    checks: 'never "widely reported"',
    reason: 'third parties disagree about expiry; say "some sources say"',
    breaks: (s) =>
      /widely reported|vielfach berichtet|weithin berichtet|largement (?:rapporté|signalé)/i.test(
        s,
      ),
  },
  {
    id: 'withdrawing-lifts-no-restriction',
    checks: 'withdrawing does not lift a restriction',
    reason: '"Withdrawing pending invitations will not remove the restriction" (a550555)',
    breaks: (s) =>
      !s.trim().endsWith('?') &&
      /withdraw|zurückzieh|zurückgezogen|retir/i.test(s) &&
      /restrict|Einschränkung|Sperre|beschränk/i.test(s) &&
      (/\b(lift|remov|end|clear|undo|reset|aufheb|aufgehoben|beend|entfern|löst|lösen|lève|lever|levée|supprim|annul|met fin|enlève)/i.test(
        s,
      ) ||
        /\bheb(?:t|en)\b[^.!?]*\bauf\b/i.test(s)) &&
      !negation.test(s),
  },
  {
    id: 'not-linkedins-wording',
    checks: 'don’t quote "I don’t know this person" as LinkedIn’s words',
    reason: 'LinkedIn’s words are invitations "ignored, left pending, or marked as spam" (a551012)',
    breaks: (s) =>
      /I\s+don['’]t\s+know\s+this\s+person|Ich\s+kenne\s+diese\s+Person\s+nicht|Je\s+ne\s+connais\s+pas\s+cette\s+personne/i.test(
        s,
      ),
  },
  {
    id: 'short-time-is-not-a-week',
    checks: 'don’t gloss "within a short amount of time" as "a week"',
    reason:
      'LinkedIn says too many invitations "within a short amount of time" (a551012), no period',
    breaks: (s) =>
      /\b(?:send|sent|sending)\b[^.!?]{0,60}?\b(?:in|within)\s+(?:a|one|a single)\s+week\b/i.test(
        s,
      ) ||
      /\bmany\s+(?:invitations|invites|requests)\s+(?:in|within)\s+(?:a|one)\s+week\b/i.test(s) ||
      /\b(?:send|sende|senden|gesendet|verschick\w*)\b[^.!?]{0,60}?\b(?:in|innerhalb)\s+(?:einer|einer einzigen)\s+Woche\b/i.test(
        s,
      ) ||
      /\b(?:in|innerhalb)\s+(?:einer|einer einzigen)\s+Woche\b[^.!?]{0,60}?\b(?:gesendet|verschickt)\b/i.test(
        s,
      ) ||
      /\benvoy\w*\b[^.!?]{0,60}?\b(?:en|dans|sur)\s+une\s+(?:seule\s+)?semaine\b/i.test(s) ||
      /\btrop\s+d['’]invitations\s+(?:en|dans|sur)\s+une\s+(?:seule\s+)?semaine\b/i.test(s),
  },
  {
    id: 'no-reinvite-after-removal',
    checks: 'don’t say a removed connection "could invite you again"',
    reason:
      'LinkedIn’s last word (2013): "Only the member that breaks the connection can reinitiate that connection"; today’s behaviour is unconfirmed',
    breaks: (s) =>
      /\b(?:could|can|may|might|will)\s+(?:still\s+)?invite you again\b/i.test(s) ||
      /\b(?:kann|könnte|darf)\s+Sie\s+(?:\S+\s+){0,2}(?:wieder|erneut)\s+einladen\b/i.test(s) ||
      /\b(?:peut|peuvent|pourrait|pourraient|pourra|pourront)\s+(?:encore\s+)?vous\s+(?:réinviter|inviter\s+(?:à\s+nouveau|de\s+nouveau))\b/i.test(
        s,
      ),
  },
  {
    id: 'no-gear-icon',
    checks: 'no "gear icon"',
    reason:
      'no evidence shows one in LinkedIn’s apps: name the Invitations row’s Show all, Manage or arrow',
    breaks: (s) => /\bgear\b|Zahnrad|roue dentée|\bengrenage/i.test(s),
  },
  {
    id: 'three-notes-not-five',
    checks: 'never "five" personal notes a month',
    reason:
      'LinkedIn’s current help reportedly says three (a563153, quoted September–October 2026); only its older help said five',
    breaks: (s) =>
      /\bnotes?\b|\bNotiz(?:en)?\b|\bNachricht(?:en)?\b/i.test(s) &&
      /\b(?:five|fünf|cinq|5)\b/i.test(s),
  },
  {
    id: 'scrolling-before-load-more',
    checks: 'where "Load more" is named, scrolling inside the list comes first',
    reason:
      'a real account on 2026-09-10 saw older Sent rows load ten at a time as it scrolled the list, and no Load more button: Load more is the older layout',
    reads: 'block',
    breaks: (text) =>
      text.includes('Load more') && !/scroll|défil/i.test(text.slice(0, text.indexOf('Load more'))),
  },
  {
    id: 'only-pending-listed',
    checks: 'never "every invitation you’ve sent" is listed',
    reason:
      'the Sent list shows only invitations still waiting for an answer (LinkedIn Help a_id 26, 2015-08-31; a real account, 2026-09-10)',
    breaks: (s) =>
      (/\b(?:every|all(?: the)?|each) invitations? (?:you(?:['’]ve| have)? )?sent\b/i.test(s) ||
        /\b(?:alle|jede)\s+(?:Ihre\s+)?(?:gesendeten|verschickten)\s+Einladung/i.test(s) ||
        /\b(?:alle|jede)\s+Einladung(?:en)?,\s+die\s+Sie\s+(?:\S+\s+){0,2}(?:gesendet|verschickt)/i.test(
          s,
        ) ||
        /\btou(?:te|tes)\s+(?:les\s+|vos\s+)?invitations?\s+(?:que\s+vous\s+avez\s+)?envoyées?/i.test(
          s,
        )) &&
      !/still waiting|pending|ausstehend|noch offen|warte|en attente|attend/i.test(s),
  },
  {
    id: 'pending-first-in-more',
    checks: 'where the More menu’s "Withdraw invitation" is named, "Pending" comes first',
    reason:
      'in 2026 page markup the More menu’s item reads Pending; "Withdraw invitation" is an older layout’s',
    reads: 'block',
    breaks: (text) =>
      /\bMore\b/.test(text) &&
      text.includes('Withdraw invitation') &&
      !text.slice(0, text.indexOf('Withdraw invitation')).includes('Pending'),
  },
  {
    id: 'following-inside-more',
    checks: 'don’t send people to "the Follow button" to unfollow',
    reason:
      'on a profile with a pending invitation, Following sits inside the More menu (a real account, 2026-09-10)',
    breaks: (s) =>
      /\b(?:check|look at|see)\b[^.!?]{0,20}\bFollow(?:ing)? button\b/i.test(s) ||
      /\b(?:prüfen|sehen|schauen)\b[^.!?]{0,40}\b(?:Schaltfläche|Button)\s+[„"]?Follow(?:ing)?\b/i.test(
        s,
      ) ||
      /\bFollow(?:ing)?[-\s](?:Schaltfläche|Button)\b/i.test(s) ||
      /\b(?:vérifiez|regardez|voyez|consultez)\b[^.!?]{0,40}\bbouton\s+(?:«\s*)?Follow(?:ing)?\b/i.test(
        s,
      ),
  },
  {
    id: 'no-remove-this-connection',
    checks: 'never "Remove this connection"',
    reason:
      'the menu item reads Remove connection (2026 page markup); "Remove this connection" survives only in old selectors',
    breaks: (s) => /Remove this connection/i.test(s),
  },
  {
    id: 'pending-beside-message',
    checks: 'don’t place Pending "where Connect was"',
    reason:
      'after inviting, the profile reads Message · Pending · More: Pending sits beside Message (a real account, 2026-09-10)',
    breaks: (s) =>
      /where\s+Connect\s+was/i.test(s) ||
      /\bwo\s+(?:vorher\s+|zuvor\s+|früher\s+)?Connect\s+(?:war|stand)\b/i.test(s) ||
      /\boù\s+(?:se\s+trouvait|était)\s+(?:(?:le\s+)?bouton\s+)?Connect\b/i.test(s),
  },
  {
    id: 'desktop-says-click',
    checks: 'text for the desktop says "click", never "tap"',
    reason: 'people follow the words on their own device: a mouse clicks',
    breaks: (s, platform) => platform === 'desktop' && tap.test(s),
  },
  {
    id: 'apps-say-tap',
    checks: 'text for the iPhone and Android apps says "tap", never "click"',
    reason: 'people follow the words on their own device: a finger taps',
    breaks: (s, platform) => (platform === 'ios' || platform === 'android') && click.test(s),
  },
  {
    id: 'neutral-verbs',
    checks:
      'text every platform reads (outside <PlatformOnly>) says neither "click" nor "tap": select, choose, open, press',
    reason: 'the same words are read on a computer and on a phone',
    breaks: (s, platform) => platform === undefined && (tap.test(s) || click.test(s)),
  },
  {
    id: 'no-unsafe-url',
    checks: 'no javascript:, data: or http:// address anywhere',
    reason: 'the site links only to its own pages and to https:// addresses',
    breaks: (s) => /\bjavascript:|\bvbscript:|\bdata:[a-z]+\/|\bhttp:\/\//i.test(s),
  },
];
