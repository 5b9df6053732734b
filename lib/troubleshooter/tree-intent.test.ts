import { tree } from '@/content/troubleshooter/tree';
import type { AnswerIdOf, QuestionIdOf } from './define-tree';
import { routesOf } from './paths';

/**
 * Where each answer should lead, written out by hand (GOV.UK Smart Answers' assert_next_node):
 * the intent of the routes, keyed by (question id, answer id), so a change to tree.ts that
 * sends an answer somewhere else fails here even when the tree is still valid. Not derived
 * from the tree: an answer id misspelt here, or left out of its question's rows, does not
 * compile, and a question with no rows fails the last test.
 */
type Question = QuestionIdOf<typeof tree>;
type NodeId = keyof typeof tree.nodes;

const written = new Map<string, NodeId>();

function intent<Q extends Question>(
  question: Q,
  rows: { [A in AnswerIdOf<typeof tree, Q>]: NodeId },
) {
  const entries = Object.entries(rows) as [string, NodeId][];
  for (const [answer, next] of entries) written.set(`${question} → ${answer}`, next);
  return entries.map(([answer, next]) => [question, answer, next] as const);
}

const leadsWhereIntended = (question: Question, answer: string, next: NodeId) => {
  expect(routesOf(tree, question).find((route) => route.id === answer)?.next).toBe(next);
};

describe('the first question', () => {
  it.each(
    intent('what-went-wrong', {
      'cant-find': 'check-profile',
      'withdraw-failed': 'withdraw-result',
      'pending-long': 'stuck-pending',
      accepted: 'already-accepted',
      'sent-many': 'sent-many',
      'invite-again': 'tried-connect',
      restricted: 'restricted',
      'something-else': 'still-stuck',
    }),
  )('%s: “%s” leads to %s', leadsWhereIntended);

  it('starts there, and treats an invitation stuck pending as an outcome, not a Sent-list search', () => {
    expect(tree.start).toBe('what-went-wrong');
    expect(tree.nodes['stuck-pending'].kind).toBe('outcome');
  });
});

describe('what their profile shows', () => {
  it.each(
    intent('check-profile', {
      connected: 'profile-connected',
      pending: 'withdraw-from-profile',
      'follow-only': 'follow-only',
      connect: 'invitation-gone',
      'not-sure': 'open-sent-list',
    }),
  )('%s: “%s” leads to %s', leadsWhereIntended);

  it('withdraws a Pending invitation from the profile, not via the Sent list', () => {
    expect(tree.nodes['withdraw-from-profile'].kind).toBe('outcome');
    expect(tree.nodes['follow-only'].kind).toBe('outcome');
  });
});

describe('a withdrawal that didn’t go through', () => {
  it.each(
    intent('withdraw-result', {
      'unable-message': 'unable-to-withdraw',
      'feed-or-nothing': 'withdraw-went-nowhere',
    }),
  )('%s: “%s” leads to %s', leadsWhereIntended);
});

describe('inviting them again after withdrawing', () => {
  it.each(
    intent('tried-connect', {
      'not-yet': 'invite-again',
      'does-nothing': 'connect-does-nothing',
    }),
  )('%s: “%s” leads to %s', leadsWhereIntended);
});

describe('the Sent list, when there is no profile to go by', () => {
  it.each(
    intent('open-sent-list', {
      listed: 'withdraw-now',
      'not-listed': 'not-in-sent-list',
      'not-working': 'where-using',
    }),
  )('%s: “%s” leads to %s', leadsWhereIntended);
});

describe('the fixes, quickest first', () => {
  it.each([
    ...intent('where-using', { app: 'app-up-to-date', browser: 'browser-reloaded' }),
    ...intent('app-up-to-date', { 'not-sure': 'update-app', latest: 'app-restarted' }),
    ...intent('app-restarted', { 'not-yet': 'restart-app', 'still-broken': 'try-computer' }),
    ...intent('browser-reloaded', {
      'not-yet': 'reload-page',
      'still-broken': 'browser-tried-other',
    }),
    ...intent('browser-tried-other', { 'not-yet': 'browser-trouble', 'still-broken': 'try-app' }),
  ])('%s: “%s” leads to %s', leadsWhereIntended);
});

it('has an intent row for every answer of every question', () => {
  const answers = Object.keys(tree.nodes).flatMap((question) =>
    routesOf(tree, question).map((route) => `${question} → ${route.id}`),
  );
  expect(answers.filter((answer) => !written.has(answer))).toEqual([]);
});
