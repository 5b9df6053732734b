import sitemap from '@/app/sitemap';
import { parseMdx } from '@/lib/content/mdx';
import { loadLearnPages } from '@/lib/learn/load';
import { loadFaq } from './load';
import { plainText } from './plain-text';
import { faqCategories } from './schema';

const faq = loadFaq();
const learn = loadLearnPages();
const entries = [...faq, ...learn];

interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

function links(node: Node): string[] {
  return [
    ...(node.type === 'link' && node.url ? [node.url] : []),
    ...(node.children ?? []).flatMap(links),
  ];
}

const pages = new Set(sitemap().map((entry) => new URL(entry.url).pathname));
const faqIds = new Set(faq.map((item) => item.id));

describe('the FAQ', () => {
  it('has at least 15 items, in every category', () => {
    expect(faq.length).toBeGreaterThanOrEqual(15);
    expect(new Set(faq.map((item) => item.data.category))).toEqual(new Set(faqCategories));
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

describe.each(entries.map((entry) => [entry.file, entry] as const))('%s', (file, entry) => {
  const hrefs = links(parseMdx(file, entry.body).ast);

  it('links only to pages that exist, and to FAQ items that exist', () => {
    for (const href of hrefs) {
      if (/^https?:/.test(href)) {
        expect(href, 'external links go to LinkedIn only').toMatch(
          /^https:\/\/www\.linkedin\.com\//,
        );
        continue;
      }
      const [pathname, hash] = href.split('#') as [string, string | undefined];
      expect(pages, `${href} is not a page`).toContain(pathname);
      if (hash === undefined) continue;
      if (pathname === '/faq') expect(faqIds, `${href} is not an FAQ item`).toContain(hash);
      else
        expect(pathname, `${href}: only FAQ items and guide steps have anchors`).toMatch(
          new RegExp(`^/(guide|remove-connection)/[a-z]+/${hash}$`),
        );
    }
  });
});

it('says that re-inviting waits up to three weeks wherever re-inviting is the question', () => {
  const answer = faq.find((item) => item.id === 'send-again-after-withdrawing')!;
  expect(plainText(answer.file, answer.body)).toMatch(/up to three weeks/);
});
