import { tree } from '@/content/troubleshooter/tree';

/**
 * Where each answer leads, written out by hand (GOV.UK Smart Answers' assert_next_node): the
 * intent of the routes, so a change to tree.ts that sends an answer somewhere else fails here
 * even when the tree is still valid. Not derived from the tree.
 */
function nextFor(question: keyof typeof tree.nodes, label: string): string {
  const node = tree.nodes[question];
  if (node.kind !== 'question') throw new Error(`${question} is not a question`);
  const answer = node.answers.find((candidate) => candidate.label === label);
  if (!answer) throw new Error(`${question} has no answer labelled "${label}"`);
  return answer.next;
}

describe('the first question', () => {
  it.each([
    ['I can’t find the Sent list, the person or the Withdraw button', 'check-profile'],
    ['My invitation has been pending for a long time', 'stuck-pending'],
    ['They’ve already accepted my invitation', 'already-accepted'],
    ['I sent invitations to lots of people by mistake', 'sent-many'],
    ['I withdrew an invitation and want to invite them again', 'invite-again'],
    ['LinkedIn says I can’t send invitations', 'restricted'],
    ['Something else', 'still-stuck'],
  ])('“%s” leads to %s', (label, next) => {
    expect(tree.start).toBe('what-went-wrong');
    expect(nextFor('what-went-wrong', label)).toBe(next);
  });

  it('treats an invitation stuck pending as an outcome of its own, not a Sent-list search', () => {
    expect(tree.nodes['stuck-pending'].kind).toBe('outcome');
  });
});

describe('what their profile shows', () => {
  it.each([
    ['“1st” beside their name: we’re connected', 'profile-connected'],
    ['A Pending button', 'withdraw-from-profile'],
    ['Only Follow: no Connect or Pending button', 'follow-only'],
    ['A Connect button', 'invitation-gone'],
    ['I can’t find their profile, or I’m not sure', 'open-sent-list'],
  ])('“%s” leads to %s', (label, next) => {
    expect(nextFor('check-profile', label)).toBe(next);
  });

  it('withdraws a Pending invitation from the profile, not via the Sent list', () => {
    expect(tree.nodes['withdraw-from-profile'].kind).toBe('outcome');
    expect(tree.nodes['follow-only'].kind).toBe('outcome');
  });
});

describe('the Sent list, when there is no profile to go by', () => {
  it.each([
    ['They’re there, with a Withdraw button', 'withdraw-now'],
    ['They’re not in the list', 'not-in-sent-list'],
    ['The list won’t open, or Withdraw is missing or does nothing', 'where-using'],
  ])('“%s” leads to %s', (label, next) => {
    expect(nextFor('open-sent-list', label)).toBe(next);
  });
});

describe('the fixes, quickest first', () => {
  it.each([
    ['where-using', 'In the LinkedIn app', 'app-up-to-date'],
    ['where-using', 'In a web browser', 'browser-reloaded'],
    ['app-up-to-date', 'No, or I’m not sure', 'update-app'],
    ['app-up-to-date', 'Yes, it’s the latest version', 'app-restarted'],
    ['app-restarted', 'Not yet', 'restart-app'],
    ['app-restarted', 'Yes, and it still doesn’t work', 'try-computer'],
    ['browser-reloaded', 'Not yet', 'reload-page'],
    ['browser-reloaded', 'Yes, and it still doesn’t work', 'browser-tried-other'],
    ['browser-tried-other', 'Not yet', 'browser-trouble'],
    ['browser-tried-other', 'Yes, and it still doesn’t work', 'try-app'],
  ] as const)('%s: “%s” leads to %s', (question, label, next) => {
    expect(nextFor(question, label)).toBe(next);
  });
});
