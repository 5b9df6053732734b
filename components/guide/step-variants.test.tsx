import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Screen } from '@/components/screen/screen';
import { storageKeys } from '@/lib/platform/storage';
import type { VariantOption } from './step-variants';

const picture = (highlight: 'show-all' | 'manage' | 'see-all') => (
  <Screen platform="desktop" view="my-network" highlight={highlight} />
);
const options: VariantOption[] = [
  {
    id: 'show-all',
    label: 'Show all',
    panel: (
      <>
        <p>Click Show all.</p>
        {picture('show-all')}
      </>
    ),
  },
  {
    id: 'manage',
    label: 'Manage',
    panel: (
      <>
        <p>Click Manage.</p>
        {picture('manage')}
      </>
    ),
  },
  {
    id: 'see-all',
    label: 'See all',
    panel: (
      <>
        <p>Click See all.</p>
        {picture('see-all')}
      </>
    ),
  },
];
const laterStep: VariantOption[] = [
  { id: 'see-all', label: 'See all', panel: <p>Later, See all.</p> },
  { id: 'manage', label: 'Manage', panel: <p>Later, Manage.</p> },
];

/** A fresh copy of the leaf and its store, as a reload gets. */
async function load() {
  vi.resetModules();
  return (await import('./step-variants')).StepVariants;
}

/** The variant panel that CSS shows: the one marked active. */
const shown = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('[data-variant-panel][data-active]')!;

beforeEach(() => localStorage.clear());

describe('StepVariants', () => {
  it('is a labelled group of radios, opening on the first (freshest) variant', async () => {
    const StepVariants = await load();
    const { container } = render(
      <StepVariants
        flow="/guide/desktop"
        step="open-manage"
        options={options}
        legend="What does your screen show?"
      />,
    );
    const group = screen.getByRole('group', { name: 'What does your screen show?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([
      'show-all',
      'manage',
      'see-all',
    ]);
    expect(within(group).getByRole('radio', { name: 'Show all' })).toBeChecked();
    expect(shown(container)).toHaveTextContent('Click Show all.');
    // Every variant is in the page (CSS lists them all without JavaScript and in print).
    expect(container.querySelectorAll('[data-variant-panel]')).toHaveLength(3);
  });

  it('moves the choice with the arrow keys, and the picture changes with it', async () => {
    const StepVariants = await load();
    const user = userEvent.setup();
    const { container } = render(
      <StepVariants
        flow="/guide/desktop"
        step="open-manage"
        options={options}
        legend="What does your screen show?"
      />,
    );
    const label = () => within(shown(container)).getByRole('img').getAttribute('aria-label');
    expect(label()).toMatch(/the Show all link beside Invitations is highlighted/);

    await user.click(screen.getByRole('radio', { name: 'Show all' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Manage' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Manage' })).toHaveFocus();
    expect(shown(container)).toHaveTextContent('Click Manage.');
    expect(label()).toMatch(/the Manage link beside Invitations is highlighted/);

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'See all' })).toBeChecked();
    expect(label()).toMatch(/the See all link beside Invitations is highlighted/);
  });

  it('opens a later step offering the same variant on it, in this flow only', async () => {
    const StepVariants = await load();
    const user = userEvent.setup();
    const { container } = render(
      <>
        <div data-testid="first">
          <StepVariants
            flow="/guide/desktop"
            step="open-manage"
            options={options}
            legend="What does your screen show?"
          />
        </div>
        <div data-testid="later">
          <StepVariants
            flow="/guide/desktop"
            step="later"
            options={laterStep}
            legend="What does your screen show?"
          />
        </div>
        <div data-testid="other-flow">
          <StepVariants
            flow="/guide/ios"
            step="other"
            options={laterStep}
            legend="What does your screen show?"
          />
        </div>
      </>,
    );
    const later = within(screen.getByTestId('later'));
    expect(later.getByRole('radio', { name: 'See all' })).toBeChecked();

    await user.click(within(screen.getByTestId('first')).getByRole('radio', { name: 'Manage' }));
    expect(later.getByRole('radio', { name: 'Manage' })).toBeChecked();
    expect(
      within(screen.getByTestId('other-flow')).getByRole('radio', { name: 'See all' }),
    ).toBeChecked();
    expect(container.querySelectorAll('[data-variant-panel][data-active]')).toHaveLength(3);
  });

  it('remembers the choice across a reload', async () => {
    const user = userEvent.setup();
    const First = await load();
    const first = render(
      <First
        flow="/guide/desktop"
        step="open-manage"
        options={options}
        legend="What does your screen show?"
      />,
    );
    await user.click(screen.getByRole('radio', { name: 'See all' }));
    first.unmount();

    const Reloaded = await load();
    const { container } = render(
      <Reloaded
        flow="/guide/desktop"
        step="open-manage"
        options={options}
        legend="What does your screen show?"
      />,
    );
    expect(screen.getByRole('radio', { name: 'See all' })).toBeChecked();
    expect(shown(container)).toHaveTextContent('Click See all.');
  });

  it('still works for the page when storage refuses, and ignores what it can’t read', async () => {
    localStorage.setItem(storageKeys.variants, '{not json');
    const StepVariants = await load();
    const user = userEvent.setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const { container } = render(
      <StepVariants
        flow="/guide/desktop"
        step="open-manage"
        options={options}
        legend="What does your screen show?"
      />,
    );
    expect(screen.getByRole('radio', { name: 'Show all' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Manage' }));
    expect(shown(container)).toHaveTextContent('Click Manage.');
    setItem.mockRestore();
  });

  it('follows a choice made in another tab', async () => {
    const StepVariants = await load();
    render(
      <StepVariants
        flow="/guide/desktop"
        step="open-manage"
        options={options}
        legend="What does your screen show?"
      />,
    );
    localStorage.setItem(storageKeys.variants, JSON.stringify({ '/guide/desktop': ['see-all'] }));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: storageKeys.variants }));
    });
    expect(screen.getByRole('radio', { name: 'See all' })).toBeChecked();
  });
});
