import type { Locale } from '@/lib/locales';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checklistWords } from './checklist';
import { ChecklistApp } from './checklist-app';
import { createChecklistStore } from './checklist-store';

function memoryStore(initial: string | null = null, limit?: number) {
  let value = initial;
  return createChecklistStore(
    {
      read: () => value,
      write: (next) => {
        value = next;
        return true;
      },
    },
    limit,
  );
}
const maxItems = 3;
const words = checklistWords('en');
const Checklist = ChecklistApp;

const progress = () => document.querySelector('[data-progress]')!;
/** The page's only live region: what screen readers hear after each change. */
const status = () => {
  const live = document.querySelectorAll('[aria-live]');
  expect(live).toHaveLength(1);
  return live[0]!;
};

async function add(user: ReturnType<typeof userEvent.setup>, ...names: string[]) {
  for (const name of names) {
    await user.type(screen.getByLabelText('Name of someone to withdraw'), `${name}{Enter}`);
  }
}

describe('Checklist', () => {
  it('adds names one at a time and counts them', async () => {
    const user = userEvent.setup();
    render(<Checklist words={words} store={memoryStore()} />);
    expect(progress()).toHaveTextContent('0 of 0 done');
    await add(user, 'Ada Lovelace', 'Alan Turing');
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByLabelText('Ada Lovelace')).not.toBeChecked();
    expect(progress()).toHaveTextContent('0 of 2 done');
    expect(screen.getByLabelText('Name of someone to withdraw')).toHaveValue('');
  });

  it('announces each addition with the new count, in one live region', async () => {
    const user = userEvent.setup();
    render(<Checklist words={words} store={memoryStore()} />);
    expect(status()).toHaveTextContent(/^$/);
    await add(user, 'Ann');
    expect(status()).toHaveTextContent(/^Added Ann\. 0 of 1 done\.$/);
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(progress()).not.toHaveAttribute('aria-live');
  });

  it('refuses an empty name and says so', async () => {
    const user = userEvent.setup();
    render(<Checklist words={words} store={memoryStore()} />);
    await user.type(screen.getByLabelText('Name of someone to withdraw'), '   {Enter}');
    const field = screen.getByLabelText('Name of someone to withdraw');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Type a name first.');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('refuses a name once the list is full, and says that instead', async () => {
    const user = userEvent.setup();
    const store = memoryStore(null, maxItems);
    store.add(Array.from({ length: maxItems }, (_, i) => `P${i}`));
    render(<Checklist words={words} store={store} />);
    await user.type(screen.getByLabelText('Name of someone to withdraw'), 'One too many{Enter}');
    const field = screen.getByLabelText('Name of someone to withdraw');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      `The list is full (${maxItems} names). Remove some to add more.`,
    );
    expect(field).toHaveValue('One too many');
    expect(document.querySelectorAll('input[type=checkbox]')).toHaveLength(maxItems);
  });

  it('says which reason applies to a pasted list too', async () => {
    const user = userEvent.setup();
    const store = memoryStore(null, maxItems);
    render(<Checklist words={words} store={store} />);
    await user.click(screen.getByText('Paste a list instead'));
    const pasteBox = screen.getByLabelText('Names, one per line');
    await user.click(screen.getByRole('button', { name: 'Add these names' }));
    expect(pasteBox).toHaveAccessibleDescription('Paste at least one name.');

    act(() => void store.add(Array.from({ length: maxItems }, (_, i) => `P${i}`)));
    await user.click(pasteBox);
    await user.paste('Grace\nAlan');
    await user.click(screen.getByText('Add these names'));
    expect(pasteBox).toHaveAccessibleDescription(
      `The list is full (${maxItems} names). Remove some to add more.`,
    );
  });

  it('adds what fits of a pasted list and says the rest didn’t', async () => {
    const user = userEvent.setup();
    const store = memoryStore(null, maxItems);
    store.add(Array.from({ length: maxItems - 1 }, (_, i) => `P${i}`));
    render(<Checklist words={words} store={store} />);
    await user.click(screen.getByText('Paste a list instead'));
    await user.click(screen.getByLabelText('Names, one per line'));
    await user.paste('Grace\nAlan\nAda');
    await user.click(screen.getByText('Add these names'));
    expect(status()).toHaveTextContent(
      `Added Grace. The list is full (${maxItems} names): 2 more didn’t fit. 0 of ${maxItems} done.`,
    );
  });

  it('adds a pasted list, one name per line', async () => {
    const user = userEvent.setup();
    render(<Checklist words={words} store={memoryStore()} />);
    await user.click(screen.getByText('Paste a list instead'));
    await user.click(screen.getByLabelText('Names, one per line'));
    await user.paste('Grace Hopper\n\n- Edsger Dijkstra\nBarbara Liskov');
    await user.click(screen.getByRole('button', { name: 'Add these names' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByLabelText('Edsger Dijkstra')).toBeInTheDocument();
    expect(screen.getByLabelText('Names, one per line')).toHaveValue('');
  });

  it('ticks names off as they are withdrawn', async () => {
    const user = userEvent.setup();
    render(<Checklist words={words} store={memoryStore()} />);
    await add(user, 'Ada', 'Alan');
    await user.click(screen.getByLabelText('Ada'));
    expect(screen.getByLabelText('Ada')).toBeChecked();
    expect(progress()).toHaveTextContent('1 of 2 done');
    expect(status()).toHaveTextContent(/^Ada ticked off\. 1 of 2 done\.$/);
    await user.click(screen.getByLabelText('Alan'));
    expect(progress()).toHaveTextContent('2 of 2 done: all withdrawn');
    expect(status()).toHaveTextContent('Alan ticked off. 2 of 2 done: all withdrawn.');
    await user.click(screen.getByLabelText('Alan'));
    expect(status()).toHaveTextContent('Alan not done yet. 1 of 2 done.');
  });

  it('removes one name and moves focus to the next', async () => {
    const user = userEvent.setup();
    render(<Checklist words={words} store={memoryStore()} />);
    await add(user, 'Ada', 'Alan', 'Grace');
    await user.click(screen.getByRole('button', { name: 'Remove Alan' }));
    expect(screen.queryByLabelText('Alan')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Grace')).toHaveFocus();
    expect(progress()).toHaveTextContent('0 of 2 done');
    expect(status()).toHaveTextContent('Removed Alan. 0 of 2 done.');
  });

  it('clears all only after asking', async () => {
    const user = userEvent.setup();
    render(<Checklist words={words} store={memoryStore()} />);
    await add(user, 'Ada', 'Alan');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    const confirm = screen.getByRole('group', { name: /Remove all 2 names/ });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear the list' }));
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(progress()).toHaveTextContent('0 of 0 done');
    expect(status()).toHaveTextContent('The list is empty.');
    expect(screen.getByLabelText('Name of someone to withdraw')).toHaveFocus();
  });

  it('shows the list stored earlier in this browser, announcing nothing', () => {
    const stored = JSON.stringify({ version: 1, items: [{ id: 1, name: 'Ada', done: true }] });
    render(<Checklist words={words} store={memoryStore(stored)} />);
    expect(screen.getByLabelText('Ada')).toBeChecked();
    expect(progress()).toHaveTextContent('1 of 1 done');
    expect(status()).toHaveTextContent(/^$/);
  });

  describe('when storage throws', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    beforeEach(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    afterEach(() => Object.defineProperty(window, 'localStorage', original));

    it('keeps the list in the page and says it won’t be saved', async () => {
      const user = userEvent.setup();
      render(<Checklist words={words} store={createChecklistStore()} />);
      expect(screen.getByText(/won’t let the page save your list/)).toBeInTheDocument();
      await add(user, 'Ada');
      await user.click(screen.getByLabelText('Ada'));
      expect(progress()).toHaveTextContent('1 of 1 done');
    });
  });
});

// toHaveTextContent reads French's no-break spaces as plain ones.
describe('Checklist in German and French', () => {
  const stored = (names: string[], done = 0) =>
    JSON.stringify({
      version: 1,
      items: names.map((name, i) => ({ id: i + 1, name, done: i < done })),
    });

  it('words the list, its count and its announcements in German', async () => {
    const user = userEvent.setup();
    render(<Checklist store={memoryStore()} words={checklistWords('de' as Locale)} />);
    await user.type(
      screen.getByLabelText('Name einer Person, deren Einladung Sie zurückziehen'),
      'Ada{Enter}',
    );
    expect(progress()).toHaveTextContent('0 von 1 erledigt');
    expect(status()).toHaveTextContent(/^Ada hinzugefügt\. 0 von 1 erledigt\.$/);
    await user.click(screen.getByLabelText('Ada'));
    expect(progress()).toHaveTextContent('1 von 1 erledigt: alle zurückgezogen');
    expect(screen.getByRole('button', { name: 'Ada entfernen' })).toHaveTextContent('Entfernen');
  });

  it('asks before clearing with the plural the language needs', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <Checklist store={memoryStore(stored(['Ada']))} words={checklistWords('de' as Locale)} />,
    );
    await user.click(screen.getByRole('button', { name: 'Liste leeren' }));
    expect(document.getElementById('clear-question')).toHaveTextContent(
      'Den einen Namen aus dieser Liste entfernen?',
    );
    unmount();
    render(
      <Checklist
        store={memoryStore(stored(['Ada', 'Alan', 'Grace']))}
        words={checklistWords('fr' as Locale)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Tout effacer' }));
    expect(document.getElementById('clear-question')).toHaveTextContent(
      'Supprimer les 3 noms de cette liste ? Impossible de revenir en arrière.',
    );
  });

  it('says in French how many names didn’t fit', async () => {
    const user = userEvent.setup();
    render(
      <Checklist store={memoryStore(null, maxItems)} words={checklistWords('fr' as Locale)} />,
    );
    await user.click(screen.getByText('Coller plutôt une liste'));
    await user.click(screen.getByLabelText('Noms, un par ligne'));
    await user.paste('A\nB\nC\nD\nE');
    await user.click(screen.getByText('Ajouter ces noms'));
    expect(status()).toHaveTextContent(
      `3 noms ajoutés. La liste est pleine (${maxItems} noms) : 2 noms n’ont pas pu être ajoutés.`,
    );
  });
});
