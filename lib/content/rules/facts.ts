/**
 * What the guide may say, as rules the loaders run over every text a reader reads (bodies,
 * titles, descriptions, questions, answer labels). Each rule is one entry: an id, what it
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

const negation = /\b(not|no|never)\b|n['’]t\b/i;
const tap = /\btap(?:s|ped|ping)?\b/i;
const click = /\bclick/i;

export const textRules: readonly TextRule[] = [
  {
    id: 'no-clean-slate',
    checks: 'never call withdrawing a "clean slate"',
    reason:
      'after withdrawing you can’t invite the same person again for up to three weeks (LinkedIn Help a551012)',
    breaks: (s) => /clean slate/i.test(s),
  },
  {
    id: 'up-to-three-weeks',
    checks: 'the wait before re-inviting is "up to" three weeks',
    reason: 'LinkedIn says "for up to three weeks" (a551012): it can be shorter',
    breaks: (s) => /\b(three|3)[- ]weeks?\b/i.test(s) && !/up to/i.test(s),
  },
  {
    id: 'no-weekly-number',
    checks: 'no weekly number of invitations ("100 per week", "100/week", "100 a week")',
    reason: 'LinkedIn publishes no weekly limit (a550555)',
    breaks: (s) =>
      /\d+\s*(?:(?:invitations|requests|invites)\s+)?(?:\/|per\b|a\b|each\b)\s*week/i.test(s),
  },
  {
    id: 'six-months-hedged',
    checks: '"six months" only as what some sources report',
    reason:
      'LinkedIn publishes no expiry period; third parties disagree (six months, 30 days, never)',
    breaks: (s) =>
      /\b(six|6)[- ]months?\b/i.test(s) &&
      !/some sources|third[- ]part|reported|publish|doesn['’]t say|does not say/i.test(s),
  },
  {
    id: 'no-expiry-claim',
    checks: 'never say invitations "do expire"',
    reason:
      'LinkedIn publishes no expiry period: say "LinkedIn doesn’t say how long an invitation stays pending"',
    breaks: (s) => /\b(?:do|does)\s+expire\b/i.test(s),
  },
  {
    id: 'no-widely-reported',
    checks: 'never "widely reported"',
    reason: 'third parties disagree about expiry; say "some sources say"',
    breaks: (s) => /widely reported/i.test(s),
  },
  {
    id: 'withdrawing-lifts-no-restriction',
    checks: 'withdrawing does not lift a restriction',
    reason: '"Withdrawing pending invitations will not remove the restriction" (a550555)',
    breaks: (s) =>
      !s.trim().endsWith('?') &&
      /withdraw/i.test(s) &&
      /restrict/i.test(s) &&
      /\b(lift|remov|end|clear|undo|reset)/i.test(s) &&
      !negation.test(s),
  },
  {
    id: 'not-linkedins-wording',
    checks: 'don’t quote "I don’t know this person" as LinkedIn’s words',
    reason: 'LinkedIn’s words are invitations "ignored, left pending, or marked as spam" (a551012)',
    breaks: (s) => /I\s+don['’]t\s+know\s+this\s+person/i.test(s),
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
      /\bmany\s+(?:invitations|invites|requests)\s+(?:in|within)\s+(?:a|one)\s+week\b/i.test(s),
  },
  {
    id: 'no-reinvite-after-removal',
    checks: 'don’t say a removed connection "could invite you again"',
    reason:
      'LinkedIn’s last word (2013): "Only the member that breaks the connection can reinitiate that connection"; today’s behaviour is unconfirmed',
    breaks: (s) => /\b(?:could|can|may|might|will)\s+(?:still\s+)?invite you again\b/i.test(s),
  },
  {
    id: 'no-gear-icon',
    checks: 'no "gear icon"',
    reason:
      'no evidence shows one in LinkedIn’s apps: name the Invitations row’s Show all, Manage or arrow',
    breaks: (s) => /\bgear\b/i.test(s),
  },
  {
    id: 'three-notes-not-five',
    checks: 'never "five" personal notes a month',
    reason:
      'LinkedIn’s current help reportedly says three (a563153, quoted September–October 2026); only its older help said five',
    breaks: (s) => /\bnotes?\b/i.test(s) && /\b(?:five|5)\b/i.test(s),
  },
  {
    id: 'scrolling-before-load-more',
    checks: 'where "Load more" is named, scrolling inside the list comes first',
    reason:
      'a real account on 2026-09-10 saw older Sent rows load ten at a time as it scrolled the list, and no Load more button: Load more is the older layout',
    reads: 'block',
    breaks: (text) =>
      text.includes('Load more') && !/scroll/i.test(text.slice(0, text.indexOf('Load more'))),
  },
  {
    id: 'only-pending-listed',
    checks: 'never "every invitation you’ve sent" is listed',
    reason:
      'the Sent list shows only invitations still waiting for an answer (LinkedIn Help a_id 26, 2015-08-31; a real account, 2026-09-10)',
    breaks: (s) =>
      /\b(?:every|all(?: the)?|each) invitations? (?:you(?:['’]ve| have)? )?sent\b/i.test(s) &&
      !/still waiting|pending/i.test(s),
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
    breaks: (s) => /\b(?:check|look at|see)\b[^.!?]{0,20}\bFollow(?:ing)? button\b/i.test(s),
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
    breaks: (s) => /where\s+Connect\s+was/i.test(s),
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
