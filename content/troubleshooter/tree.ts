import { defineTree } from '@/lib/troubleshooter/define-tree';

/**
 * The troubleshooter's routes: each question's answers, by id, and the node each leads to, in
 * the order the question offers them. The words of every node are in nodes/<node-id>.mdx: a
 * question's title and its answers' words (keyed by these answer ids), an outcome's advice.
 * Each node has one parent: to reach the same advice from two branches, give the second node
 * `adviceFrom`.
 * The loader validates this at build (lib/troubleshooter/validate.ts); /troubleshoot/map draws it.
 */
export const tree = defineTree({
  start: 'what-went-wrong',
  nodes: {
    'what-went-wrong': {
      kind: 'question',
      answers: {
        'cant-find': 'check-profile',
        'withdraw-failed': 'withdraw-result',
        'pending-long': 'stuck-pending',
        accepted: 'already-accepted',
        'sent-many': 'sent-many',
        'invite-again': 'tried-connect',
        restricted: 'restricted',
        'something-else': 'still-stuck',
      },
    },
    'check-profile': {
      kind: 'question',
      answers: {
        connected: 'profile-connected',
        pending: 'withdraw-from-profile',
        'follow-only': 'follow-only',
        connect: 'invitation-gone',
        'not-sure': 'open-sent-list',
      },
    },
    'open-sent-list': {
      kind: 'question',
      answers: {
        listed: 'withdraw-now',
        'not-listed': 'not-in-sent-list',
        'not-working': 'where-using',
      },
    },
    'where-using': {
      kind: 'question',
      answers: {
        app: 'app-up-to-date',
        browser: 'browser-reloaded',
      },
    },
    'app-up-to-date': {
      kind: 'question',
      answers: {
        'not-sure': 'update-app',
        latest: 'app-restarted',
      },
    },
    'app-restarted': {
      kind: 'question',
      answers: {
        'not-yet': 'restart-app',
        'still-broken': 'try-computer',
      },
    },
    'browser-reloaded': {
      kind: 'question',
      answers: {
        'not-yet': 'reload-page',
        'still-broken': 'browser-tried-other',
      },
    },
    'browser-tried-other': {
      kind: 'question',
      answers: {
        'not-yet': 'browser-trouble',
        'still-broken': 'try-app',
      },
    },
    'withdraw-result': {
      kind: 'question',
      answers: {
        'unable-message': 'unable-to-withdraw',
        'feed-or-nothing': 'withdraw-went-nowhere',
      },
    },
    'tried-connect': {
      kind: 'question',
      answers: {
        'not-yet': 'invite-again',
        'does-nothing': 'connect-does-nothing',
      },
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
    'connect-does-nothing': { kind: 'outcome' },
    'unable-to-withdraw': { kind: 'outcome' },
    'withdraw-went-nowhere': { kind: 'outcome' },
    restricted: { kind: 'outcome' },
    'still-stuck': { kind: 'outcome' },
  },
});

export type NodeId = keyof typeof tree.nodes;
