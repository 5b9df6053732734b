import type { ButtonEntry, Naming } from './elements';
import { profiles, type Person } from './people';
import type { Say } from './say';
import type { MenuEntry } from './specs';

/**
 * The profiles the views show, as data both frames draw: whose, which buttons under the name,
 * and (on a phone) whether they end in a round More (…) button. The More menus are here too.
 */
export type ProfileKind = {
  person: Person;
  buttons: readonly ButtonEntry[];
  /** On a phone, the row's round More (…) button, when it has one. */
  dots?: Naming;
};

/** One of your connections: Message, and More (where Remove connection is). */
export const connection = (say: Say): ProfileKind => ({
  person: profiles.connection,
  buttons: [
    { label: say('message'), kind: 'primary' },
    { label: say('more'), name: 'more', side: 'right' },
  ],
});

/**
 * Someone you have invited, as LinkedIn showed it in Sept–Oct 2026: Message (filled), Pending
 * beside it, then More; on a phone, More is the round (…) button.
 */
export const invited = (say: Say, phone: boolean): ProfileKind => ({
  person: profiles.invited,
  buttons: [
    { label: say('message'), kind: 'primary' },
    { label: say('pending'), name: 'pending' },
    ...(phone ? [] : [{ label: say('more'), name: 'more' as const }]),
  ],
  dots: phone ? { name: 'more' } : undefined,
});

/** A profile whose main button is Follow: Connect, then Pending, sit under More. */
export const followFirst = (say: Say, phone: boolean): ProfileKind => ({
  person: profiles.followFirst,
  buttons: [
    { label: say('follow'), kind: 'primary' },
    { label: say('message') },
    ...(phone ? [] : [{ label: say('more') }]),
  ],
});

/**
 * A connection's More menu; Block's callout goes beside it, where it hides no other entry. The
 * first row stands for the entries above (Send profile in a message, Save to PDF, Following).
 */
export const connectionMenu = (say: Say): MenuEntry[] => [
  null,
  { label: say('remove-connection'), icon: 'unlink', name: 'remove-connection', side: 'above' },
  { label: say('report'), icon: 'flag' },
  { label: say('block'), icon: 'block', name: 'block', side: 'right' },
];

/** The More menu of someone you have invited: Following sits here, where Follow would be. */
export const invitedMenu = (say: Say): MenuEntry[] => [
  null,
  { label: say('following'), icon: 'check', name: 'following', side: 'above' },
  { label: say('report'), icon: 'flag' },
  { label: say('block'), icon: 'block' },
];

/**
 * The More menu of a Follow-first profile you have invited: the invitation's entry reads
 * Pending (Sept–Oct 2026) or, in an older layout, Withdraw invitation. The first row stands for
 * entries like "Send profile in a message" and "Save to PDF", under the callout.
 */
export const followFirstMenu = (say: Say, older: boolean): MenuEntry[] => [
  null,
  older
    ? {
        label: say('withdraw-invitation'),
        icon: 'undo',
        name: 'withdraw-invitation',
        side: 'above',
      }
    : { label: say('pending'), icon: 'undo', name: 'pending', side: 'above' },
  { label: say('report'), icon: 'flag' },
  { label: say('block'), icon: 'block' },
];
