import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clearFaqFilter } from '@/lib/faq/filter-store';
import type { FaqSearchDoc } from '@/lib/faq/search';
import type { Locale } from '@/lib/locales';
import { FaqCategorySection } from './faq-category-section';
import { FaqDetails } from './faq-details';
import { FaqQuestion } from './faq-question';
import { FaqSearchBox } from './faq-search-box';
import { faqSearchWords } from './faq-words';

const sections: { title: string; docs: FaqSearchDoc[] }[] = [
  {
    title: 'After you withdraw',
    docs: [
      {
        id: 'resend',
        question: 'Can I resend the invitation later?',
        answer: 'Yes, after up to three weeks.',
      },
      {
        id: 'note',
        question: 'Does my personal note disappear too?',
        answer: 'The email stays in their inbox.',
      },
    ],
  },
  {
    title: 'Limits',
    docs: [
      {
        id: 'limit',
        question: 'Is there a limit to pending invitations?',
        answer: 'LinkedIn publishes no number.',
      },
    ],
  },
  {
    title: 'Connections',
    docs: [{ id: 'block', question: 'Removing or blocking?', answer: 'Blocking cuts contact.' }],
  },
];

/** The page's structure: the search box, then server-rendered items in their sections. */
function renderFaq(locale = 'en' as Locale, faq = sections) {
  const docs = faq.flatMap((section) => section.docs);
  render(
    <>
      <FaqSearchBox words={faqSearchWords(locale, docs.length)} />
      {faq.map((section) => (
        <FaqCategorySection
          key={section.title}
          title={section.title}
          anchor={`category-${section.title}`}
          ids={section.docs.map((doc) => doc.id)}
        >
          {section.docs.map((doc) => (
            <FaqDetails key={doc.id} id={doc.id}>
              <summary>
                <FaqQuestion id={doc.id} text={doc.question} />
              </summary>
              <p data-faq-answer>{doc.answer}</p>
            </FaqDetails>
          ))}
        </FaqCategorySection>
      ))}
    </>,
  );
  return userEvent.setup();
}

/** The questions a person can see (hidden ones, and their hidden sections, left out). */
function visibleQuestions() {
  return [...document.querySelectorAll<HTMLElement>('details')]
    .filter((item) => !item.closest('[hidden]'))
    .map((item) => item.querySelector('summary')!.textContent);
}

const box = () => screen.getByRole('searchbox', { name: 'Search the questions' });
const status = () => screen.getByRole('status');

// Results arrive after the search library's dynamic import, outside any event, as in a browser:
// the tests wait for what a person would see (waitFor) rather than wrapping that wait in act().
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => clearFaqFilter());

describe('FAQ search', () => {
  it('shows every question and announces nothing before you type', () => {
    renderFaq();
    expect(visibleQuestions()).toHaveLength(4);
    expect(status()).toHaveTextContent('');
    expect(status()).toHaveAttribute('aria-live', 'polite');
  });

  it('filters by words in the answers too, hiding sections left empty, and announces the count', async () => {
    const user = renderFaq();
    await user.type(box(), 'inbox');
    await waitFor(() =>
      expect(visibleQuestions()).toEqual(['Does my personal note disappear too?']),
    );
    expect(status()).toHaveTextContent('1 question matches');
    expect(
      screen.getByRole('heading', { name: 'Limits', hidden: true }).closest('section'),
    ).not.toBeVisible();
  });

  it('tolerates a typo: "resnd" finds "resend" and marks it in the question', async () => {
    const user = renderFaq();
    await user.type(box(), 'resnd');
    await waitFor(() => expect(visibleQuestions()).toEqual(['Can I resend the invitation later?']));
    const question = screen.getByText(
      (_, element) => element?.tagName === 'SUMMARY' && !element.closest('[hidden]'),
    );
    expect(within(question).getByText('resend').tagName).toBe('MARK');
  });

  it('matches the start of a word and marks every matched word in each question', async () => {
    const user = renderFaq();
    await user.type(box(), 'invitation');
    await waitFor(() => expect(status()).toHaveTextContent('2 questions match'));
    expect(visibleQuestions()).toEqual([
      'Can I resend the invitation later?',
      'Is there a limit to pending invitations?',
    ]);
    const marked = [...document.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marked).toEqual(['invitation', 'invitations']);
  });

  it('says so when nothing matches, and points to the troubleshooter', async () => {
    const user = renderFaq();
    await user.type(box(), 'zebra');
    await waitFor(() => expect(status()).toHaveTextContent('0 questions match'));
    expect(visibleQuestions()).toEqual([]);
    expect(screen.getByRole('link', { name: /troubleshooter/ })).toHaveAttribute(
      'href',
      '/troubleshoot',
    );
  });

  it('shows everything again when the box is cleared', async () => {
    const user = renderFaq();
    await user.type(box(), 'blocking');
    await waitFor(() => expect(visibleQuestions()).toEqual(['Removing or blocking?']));
    await user.clear(box());
    expect(visibleQuestions()).toHaveLength(4);
    expect(document.querySelector('mark')).toBeNull();
    expect(status()).toHaveTextContent('');
  });
});

const german = [
  {
    title: 'Einladungen zurückziehen',
    docs: [
      {
        id: 'withdraw',
        question: 'Wie kann ich eine Einladung zurückziehen?',
        answer: 'Über die Liste Ihrer gesendeten Einladungen.',
      },
      {
        id: 'street',
        question: 'Erfährt die Person davon?',
        answer: 'Nein, auch nicht ihre Straße.',
      },
    ],
  },
];

describe('FAQ search in German', () => {
  it('finds words without their umlauts or ß, marks them as written, and counts in German', async () => {
    const user = renderFaq('de' as Locale, german);
    expect(screen.getByRole('searchbox', { name: 'Fragen durchsuchen' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox'), 'zuruckziehen');
    await waitFor(() =>
      expect(visibleQuestions()).toEqual(['Wie kann ich eine Einladung zurückziehen?']),
    );
    expect(status()).toHaveTextContent('1 Frage passt');
    expect(document.querySelector('mark')).toHaveTextContent('zurückziehen');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'strasse');
    await waitFor(() => expect(visibleQuestions()).toEqual(['Erfährt die Person davon?']));
  });

  it('says so in German when nothing matches, and links to the German troubleshooter', async () => {
    const user = renderFaq('de' as Locale, german);
    await user.type(screen.getByRole('searchbox'), 'zebra');
    await waitFor(() => expect(status()).toHaveTextContent('0 Fragen passen'));
    expect(screen.getByText(/Nichts passt zu „zebra“/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Fehlersuche/ })).toHaveAttribute(
      'href',
      '/de/troubleshoot',
    );
  });
});
