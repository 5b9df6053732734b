import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Checklist } from './checklist';
import { createChecklistStore } from './checklist-store';

function memoryStore(initial: string | null = null) {
  let value = initial;
  return createChecklistStore({
    read: () => value,
    write: (next) => {
      value = next;
      return true;
    },
  });
}

const progress = () => screen.getByText(/ of \d+ done/);

async function add(user: ReturnType<typeof userEvent.setup>, ...names: string[]) {
  for (const name of names) {
    await user.type(screen.getByLabelText('Name of someone to withdraw'), `${name}{Enter}`);
  }
}

describe('Checklist', () => {
  it('adds names one at a time and counts them', async () => {
    const user = userEvent.setup();
    render(<Checklist store={memoryStore()} />);
    expect(progress()).toHaveTextContent('0 of 0 done');
    await add(user, 'Ada Lovelace', 'Alan Turing');
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByLabelText('Ada Lovelace')).not.toBeChecked();
    expect(progress()).toHaveTextContent('0 of 2 done');
    expect(progress()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByLabelText('Name of someone to withdraw')).toHaveValue('');
  });

  it('refuses an empty name and says why', async () => {
    const user = userEvent.setup();
    render(<Checklist store={memoryStore()} />);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByLabelText('Name of someone to withdraw')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByText(/Type a name first/)).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('adds a pasted list, one name per line', async () => {
    const user = userEvent.setup();
    render(<Checklist store={memoryStore()} />);
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
    render(<Checklist store={memoryStore()} />);
    await add(user, 'Ada', 'Alan');
    await user.click(screen.getByLabelText('Ada'));
    expect(screen.getByLabelText('Ada')).toBeChecked();
    expect(progress()).toHaveTextContent('1 of 2 done');
    await user.click(screen.getByLabelText('Alan'));
    expect(progress()).toHaveTextContent('2 of 2 done: all withdrawn');
  });

  it('removes one name and moves focus to the next', async () => {
    const user = userEvent.setup();
    render(<Checklist store={memoryStore()} />);
    await add(user, 'Ada', 'Alan', 'Grace');
    await user.click(screen.getByRole('button', { name: 'Remove Alan' }));
    expect(screen.queryByLabelText('Alan')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Grace')).toHaveFocus();
    expect(progress()).toHaveTextContent('0 of 2 done');
  });

  it('clears all only after asking', async () => {
    const user = userEvent.setup();
    render(<Checklist store={memoryStore()} />);
    await add(user, 'Ada', 'Alan');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    const confirm = screen.getByRole('group', { name: /Remove all 2 names/ });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear the list' }));
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(progress()).toHaveTextContent('0 of 0 done');
    expect(screen.getByLabelText('Name of someone to withdraw')).toHaveFocus();
  });

  it('shows the list stored earlier in this browser', () => {
    const stored = JSON.stringify({ version: 1, items: [{ id: 1, name: 'Ada', done: true }] });
    render(<Checklist store={memoryStore(stored)} />);
    expect(screen.getByLabelText('Ada')).toBeChecked();
    expect(progress()).toHaveTextContent('1 of 1 done');
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
      render(<Checklist store={createChecklistStore()} />);
      expect(screen.getByText(/won’t let the page save your list/)).toBeInTheDocument();
      await add(user, 'Ada');
      await user.click(screen.getByLabelText('Ada'));
      expect(progress()).toHaveTextContent('1 of 1 done');
    });
  });
});
