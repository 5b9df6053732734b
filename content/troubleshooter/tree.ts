import { defineTree } from '@/lib/troubleshooter/define-tree';

/**
 * The troubleshooter's routes: each question's answers and where they lead. The words of every
 * node (question help, outcome advice, sources) are in nodes/<node-id>.mdx. Each node has one
 * parent: to reach the same advice from two branches, give the second node `adviceFrom`.
 * The loader validates this at build (lib/troubleshooter/validate.ts); /troubleshoot/map draws it.
 */
export const tree = defineTree({
  start: 'what-went-wrong',
  nodes: {
    'what-went-wrong': {
      kind: 'question',
      answers: [
        {
          label: 'I can’t find the Sent list, the person or the Withdraw button',
          next: 'check-profile',
        },
        { label: 'My invitation has been pending for a long time', next: 'stuck-pending' },
        { label: 'They’ve already accepted my invitation', next: 'already-accepted' },
        { label: 'I sent invitations to lots of people by mistake', next: 'sent-many' },
        { label: 'I withdrew an invitation and want to invite them again', next: 'invite-again' },
        { label: 'LinkedIn says I can’t send invitations', next: 'restricted' },
        { label: 'Something else', next: 'still-stuck' },
      ],
    },
    'check-profile': {
      kind: 'question',
      answers: [
        { label: '“1st” beside their name: we’re connected', next: 'profile-connected' },
        { label: 'A Pending button', next: 'withdraw-from-profile' },
        { label: 'Only Follow: no Connect or Pending button', next: 'follow-only' },
        { label: 'A Connect button', next: 'invitation-gone' },
        { label: 'I can’t find their profile, or I’m not sure', next: 'open-sent-list' },
      ],
    },
    'open-sent-list': {
      kind: 'question',
      answers: [
        { label: 'They’re there, with a Withdraw button', next: 'withdraw-now' },
        { label: 'They’re not in the list', next: 'not-in-sent-list' },
        {
          label: 'The list won’t open, or Withdraw is missing or does nothing',
          next: 'where-using',
        },
      ],
    },
    'where-using': {
      kind: 'question',
      answers: [
        { label: 'In the LinkedIn app', next: 'app-up-to-date' },
        { label: 'In a web browser', next: 'browser-reloaded' },
      ],
    },
    'app-up-to-date': {
      kind: 'question',
      answers: [
        { label: 'No, or I’m not sure', next: 'update-app' },
        { label: 'Yes, it’s the latest version', next: 'app-restarted' },
      ],
    },
    'app-restarted': {
      kind: 'question',
      answers: [
        { label: 'Not yet', next: 'restart-app' },
        { label: 'Yes, and it still doesn’t work', next: 'try-computer' },
      ],
    },
    'browser-reloaded': {
      kind: 'question',
      answers: [
        { label: 'Not yet', next: 'reload-page' },
        { label: 'Yes, and it still doesn’t work', next: 'browser-tried-other' },
      ],
    },
    'browser-tried-other': {
      kind: 'question',
      answers: [
        { label: 'Not yet', next: 'browser-trouble' },
        { label: 'Yes, and it still doesn’t work', next: 'try-app' },
      ],
    },
    'already-accepted': { kind: 'outcome' },
    'profile-connected': { kind: 'outcome', adviceFrom: 'already-accepted' },
    'withdraw-from-profile': { kind: 'outcome' },
    'follow-only': { kind: 'outcome' },
    'invitation-gone': { kind: 'outcome' },
    'not-in-sent-list': { kind: 'outcome' },
    'withdraw-now': { kind: 'outcome' },
    'stuck-pending': { kind: 'outcome' },
    'update-app': { kind: 'outcome' },
    'restart-app': { kind: 'outcome' },
    'try-computer': { kind: 'outcome' },
    'reload-page': { kind: 'outcome' },
    'browser-trouble': { kind: 'outcome' },
    'try-app': { kind: 'outcome' },
    'sent-many': { kind: 'outcome' },
    'invite-again': { kind: 'outcome' },
    restricted: { kind: 'outcome' },
    'still-stuck': { kind: 'outcome' },
  },
});

export type NodeId = keyof typeof tree.nodes;
