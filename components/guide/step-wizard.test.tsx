import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wizardWords } from './guide-words';
import { StepWizard } from './step-wizard';

const steps = [
  { id: 'open-my-network', title: 'Open My Network' },
  { id: 'open-sent', title: 'Open Sent' },
  { id: 'withdraw', title: 'Withdraw' },
].map((step) => ({
  ...step,
  pageTitle: `${step.title} title`,
  panel: (
    <h2 id={`step-${step.id}`} tabIndex={-1}>
      {step.title}
    </h2>
  ),
}));

function renderWizard(initialIndex = 0) {
  window.history.replaceState(
    null,
    '',
    initialIndex ? `/guide/ios/${steps[initialIndex]!.id}` : '/guide/ios',
  );
  return render(
    <StepWizard
      basePath="/guide/ios"
      platform="ios"
      steps={steps}
      initialIndex={initialIndex}
      words={wizardWords('en')}
      done={{
        pageTitle: 'Done title',
        panel: (
          <h2 id="step-done" tabIndex={-1}>
            All done
          </h2>
        ),
      }}
    />,
  );
}

const active = () => document.querySelector('[data-step-panel][data-active]')!;
const progress = () => screen.getByText(/^Step \d of \d$|^Done$/);

describe('StepWizard', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('starts on the step its page was rendered for, without stealing focus', () => {
    renderWizard(1);
    expect(active()).toHaveAttribute('data-step-panel', 'open-sent');
    expect(progress()).toHaveTextContent('Step 2 of 3');
    expect(progress()).toHaveAttribute('aria-live', 'polite');
    expect(document.body).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Step 2: Open Sent' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('moves forward with Next: progress, URL, title and focus follow', async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(active()).toHaveAttribute('data-step-panel', 'open-sent');
    expect(progress()).toHaveTextContent('Step 2 of 3');
    expect(window.location.pathname).toBe('/guide/ios/open-sent');
    expect(document.title).toBe('Open Sent title');
    expect(screen.getByRole('heading', { name: 'Open Sent' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Step 1: Open My Network' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('goes back with Back, and Back is disabled on the first step', async () => {
    const user = userEvent.setup();
    renderWizard(2);
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(active()).toHaveAttribute('data-step-panel', 'open-sent');
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByRole('button', { name: /Back/ })).toBeDisabled();
    expect(window.location.pathname).toBe('/guide/ios/open-my-network');
  });

  it('follows the arrow keys, but not while typing or with modifiers', async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.keyboard('{ArrowRight}');
    expect(progress()).toHaveTextContent('Step 2 of 3');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(progress()).toHaveTextContent('Step 2 of 3');
    await user.keyboard('{ArrowLeft}');
    expect(progress()).toHaveTextContent('Step 1 of 3');
    await user.keyboard('{ArrowLeft}');
    expect(progress()).toHaveTextContent('Step 1 of 3');
  });

  it('jumps to a step from the step list', async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole('link', { name: 'Step 3: Withdraw' }));
    expect(active()).toHaveAttribute('data-step-panel', 'withdraw');
    expect(window.location.pathname).toBe('/guide/ios/withdraw');
  });

  it('finishes on the done panel and says so', async () => {
    const user = userEvent.setup();
    renderWizard(2);
    await user.click(screen.getByRole('button', { name: /I’ve done it/ }));
    expect(active()).toHaveAttribute('data-step-panel', 'done');
    expect(progress()).toHaveTextContent('Done');
    expect(window.location.pathname).toBe('/guide/ios/done');
    expect(screen.getByRole('heading', { name: 'All done' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Next|done it/ })).toBeNull();
  });

  it('follows the browser Back button', async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(screen.getByRole('button', { name: /Next/ }));
    act(() => {
      window.history.replaceState(null, '', '/guide/ios/open-sent');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(active()).toHaveAttribute('data-step-panel', 'open-sent');
    expect(progress()).toHaveTextContent('Step 2 of 3');
    expect(document.title).toBe('Open Sent title');
    expect(screen.getByRole('heading', { name: 'Open Sent' })).toHaveFocus();
  });

  it('remembers the platform of the guide being followed', () => {
    renderWizard();
    expect(localStorage.getItem('unsend.platform')).toBe('ios');
  });

  it('keeps working when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(active()).toHaveAttribute('data-step-panel', 'open-sent');
    expect(screen.getByRole('heading', { name: 'Open Sent' })).toHaveFocus();
  });
});
