import { plainText } from '@/lib/faq/plain-text';
import { platforms } from '@/lib/platform/platforms';
import { getNode } from './load';
import { loadTroubleshooterPage } from './pages';

/** The words of one platform's <PlatformOnly> passage in a node's body. */
function passage(body: string, platform: string): string {
  const match = new RegExp(`<PlatformOnly platform="${platform}">([\\s\\S]*?)</PlatformOnly>`).exec(
    body,
  );
  if (!match) throw new Error(`no <PlatformOnly platform="${platform}"> passage`);
  return match[1]!;
}

describe('outcomes that withdraw from the profile', () => {
  it.each(['withdraw-from-profile', 'follow-only', 'stuck-pending'])(
    '%s links each platform to its own profile flow, at the Pending step',
    (id) => {
      const { body } = getNode(id);
      for (const platform of platforms) {
        expect(passage(body, platform)).toContain(
          `](/from-profile/${platform}/press-pending#press-pending)`,
        );
      }
    },
  );

  it('tells desktop users the Follow-first menu item reads Pending, and names the older label second', () => {
    const text = plainText('follow-only.mdx', passage(getNode('follow-only').body, 'desktop'));
    expect(text).toMatch(
      /More[^.]*\. If the menu has Pending \(on older layouts, Withdraw invitation\)/,
    );
  });

  it('says you may still be following them, as an inference', () => {
    const text = plainText('withdraw-from-profile.mdx', getNode('withdraw-from-profile').body);
    expect(text).toMatch(/may still be following them/);
    expect(text).toMatch(/inference/);
  });
});

describe('the invitation stuck pending', () => {
  const text = plainText('stuck-pending.mdx', getNode('stuck-pending').body);

  it('says LinkedIn publishes no period, and hedges the third-party figures', () => {
    expect(text).toMatch(/doesn’t publish how long an invitation stays pending/);
    expect(text).not.toMatch(/widely reported|invitations do expire/i);
  });

  it('offers withdrawing, and the three-week wait that follows it', () => {
    expect(text).toMatch(/withdraw it/);
    expect(text).toMatch(/up to three weeks/);
  });
});

describe('the restricted outcome', () => {
  const text = plainText('restricted.mdx', getNode('restricted').body);

  it('says LinkedIn Support can’t lift a restriction, and withdrawing won’t either', () => {
    expect(text).toMatch(/Support can’t lift a restriction early/);
    expect(text).toMatch(/Withdrawing pending invitations doesn’t remove a restriction/);
  });

  it('quotes LinkedIn’s causes, not folklore', () => {
    expect(text).toMatch(/“within a short amount of time”/);
    expect(text).toMatch(/“ignored, left pending, or marked as spam”/);
    expect(text).not.toMatch(
      /I don’t know this person|invitations in a week|such as within a week/,
    );
  });
});

describe('a withdrawal that didn’t go through', () => {
  const words = (id: string) => plainText(`${id}.mdx`, getNode(id).body);

  it('quotes LinkedIn’s failure message as LinkedIn writes it, and says nothing was withdrawn', () => {
    const text = words('unable-to-withdraw');
    expect(text).toMatch(/“Sorry, unable to withdraw invitation to Name\. Please try again\.”/);
    expect(text).toMatch(/Nothing was withdrawn: the invitation is still pending/);
  });

  it('after a Withdraw that led to the feed, sends you back to Sent to let it load and try again', () => {
    const { body } = getNode('withdraw-went-nowhere');
    expect(words('withdraw-went-nowhere')).toMatch(/nothing was withdrawn/);
    expect(words('withdraw-went-nowhere')).toMatch(/let the page finish loading/);
    expect(body).toContain('](https://www.linkedin.com/mynetwork/invitation-manager/sent/)');
  });

  it.each(['unable-to-withdraw', 'withdraw-went-nowhere'])(
    '%s says what success looks like: LinkedIn’s message and the row gone',
    (id) => expect(words(id)).toMatch(/“Invitation to … withdrawn\.” .*row leaves/),
  );
});

it('explains a Connect that does nothing as the wait of up to three weeks after withdrawing', () => {
  const text = plainText('connect-does-nothing.mdx', getNode('connect-does-nothing').body);
  expect(text).toMatch(/won’t let you invite them again for up to three weeks/);
  expect(text).toMatch(/can still show Connect, but choosing it does nothing/);
});

it('the checklist page ends by sending you back to the Sent list', () => {
  const { body } = loadTroubleshooterPage('checklist');
  const lastSection = body.slice(body.lastIndexOf('\n## '));
  expect(lastSection).toMatch(/^\n## Check your Sent list again\n/);
});
