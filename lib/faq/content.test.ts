import { loadLearnPages } from '@/lib/learn/load';
import { loadFaq } from './load';
import { plainText } from './plain-text';
import { faqCategories } from './schema';

const faq = loadFaq();
const learn = loadLearnPages();
const entries = [...faq, ...learn];

const faqIds = new Set(faq.map((item) => item.id));

describe('the FAQ', () => {
  it('has at least 15 items, in every category', () => {
    expect(faq.length).toBeGreaterThanOrEqual(15);
    expect(new Set(faq.map((item) => item.category))).toEqual(new Set(faqCategories));
  });

  it('answers the seed article’s questions and the ones people ask after withdrawing', () => {
    const expected = [
      // the seed article's questions, corrected
      'how-to-withdraw',
      'withdraw-after-sending',
      'will-they-know',
      'send-again-after-withdrawing',
      'how-long-pending',
      'pending-invitation-limit',
      'invitation-with-a-note',
      'cant-find-in-sent',
      'withdrawing-and-your-standing',
      'already-accepted',
      // and more
      'does-withdrawing-lift-a-restriction',
      'invitation-email-stays',
      'page-and-newsletter-invitations',
      'bulk-withdraw',
      'does-the-note-go-too',
      'removing-vs-blocking',
      'accepted-while-withdrawing',
    ];
    expect([...faqIds]).toEqual(expect.arrayContaining(expected));
  });
});

// Where internal links lead (pages, #ids) is the content rules' job, run by every loader
// (lib/content/rules/links.ts); what stays here is where FAQ and learn pages may send people.
describe.each(entries.map((entry) => [entry.file, entry] as const))('%s', (_, entry) => {
  it('links outside the site to LinkedIn only', () => {
    for (const { href } of entry.links.filter((link) => /^https?:/.test(link.href))) {
      expect(href).toMatch(/^https:\/\/www\.linkedin\.com\//);
    }
  });
});

it('says that re-inviting waits up to three weeks wherever re-inviting is the question', () => {
  const answer = faq.find((item) => item.id === 'send-again-after-withdrawing')!;
  expect(plainText(answer.file, answer.body)).toMatch(/up to three weeks/);
});
