import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clearFaqFilter, setFaqMatches, setFaqQuery } from '@/lib/faq/filter-store';
import { FaqDetails } from './faq-details';
import { FaqHashOpener } from './faq-hash-opener';
import { FaqToggleAll } from './faq-toggle-all';

const ids = ['resend', 'note', 'limit'];

function renderFaq() {
  render(
    <>
      <FaqToggleAll locale="en" />
      {ids.map((id) => (
        <FaqDetails key={id} id={id}>
          <summary>Question {id}</summary>
          <p>Answer {id}</p>
        </FaqDetails>
      ))}
      <a href="/faq#note">Back to the note</a>
      <FaqHashOpener />
    </>,
  );
  return userEvent.setup();
}

const item = (id: string) => document.getElementById(id) as HTMLDetailsElement;
const openIds = () => ids.filter((id) => item(id).open);

beforeEach(() => {
  // The page is /faq's own address with no hash, whatever the file before this one left.
  window.history.replaceState(null, '', '/faq');
});
afterEach(() => clearFaqFilter());

describe('FaqHashOpener', () => {
  it('opens the item the address points to on arrival', () => {
    window.location.hash = '#note';
    renderFaq();
    expect(openIds()).toEqual(['note']);
  });

  it('opens another item when the hash changes on the page', async () => {
    renderFaq();
    window.location.hash = '#limit';
    await waitFor(() => expect(openIds()).toEqual(['limit']));
  });

  it('shows an item the search was hiding when a link points to it', async () => {
    renderFaq();
    act(() => {
      setFaqQuery('resend');
      setFaqMatches('resend', new Map([['resend', ['resend']]]));
    });
    expect(item('limit').hidden).toBe(true);
    window.location.hash = '#limit';
    await waitFor(() => expect(item('limit').open).toBe(true));
    expect(item('limit').hidden).toBe(false);
    expect(item('note').hidden).toBe(false);
  });

  it('opens the item again when a link to the current hash is followed', async () => {
    window.location.hash = '#note';
    const user = renderFaq();
    await user.click(screen.getByText('Question note'));
    expect(item('note').open).toBe(false);
    await user.click(screen.getByRole('link', { name: 'Back to the note' }));
    expect(item('note').open).toBe(true);
  });
});

describe('FaqToggleAll', () => {
  it('expands and collapses every answer', async () => {
    const user = renderFaq();
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(openIds()).toEqual(ids);
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(openIds()).toEqual([]);
  });
});
