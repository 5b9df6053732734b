import type { Locale } from '@/lib/locales';
import { render, screen } from '@testing-library/react';
import type { GuideStep } from '@/lib/troubleshooter/guide-step';
import { StepNote, stepFromQuery } from './step-note';

const steps: GuideStep[] = [
  {
    flow: 'withdraw',
    platform: 'ios',
    id: 'withdraw',
    title: 'Tap Withdraw',
    number: 5,
    href: '/guide/ios/withdraw',
  },
  {
    flow: 'withdraw',
    platform: 'ios',
    id: 'confirm',
    title: 'Tap Withdraw again',
    number: 6,
    href: '/guide/ios/confirm',
  },
  {
    flow: 'remove-connection',
    platform: 'ios',
    id: 'confirm',
    title: 'Tap Remove',
    number: 4,
    href: '/remove-connection/ios/confirm',
  },
];

describe('stepFromQuery', () => {
  it.each([
    ['?platform=ios&step=withdraw', 'Tap Withdraw'],
    ['?platform=ios&step=confirm', 'Tap Withdraw again'],
    ['?platform=ios&step=confirm&flow=remove-connection', 'Tap Remove'],
    ['?platform=android&step=withdraw', null],
    ['?platform=ios&step=nope', null],
    ['?platform=windows&step=withdraw', null],
    ['?step=withdraw', null],
    ['?platform=ios', null],
    ['', null],
  ])('%s → %s', (search, title) => {
    expect(stepFromQuery(search, steps)?.title ?? null).toBe(title);
  });
});

describe('StepNote', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('names the step the person came from, with a link back', () => {
    window.history.replaceState(null, '', '/troubleshoot?platform=ios&step=withdraw');
    render(<StepNote steps={steps} locale="en" />);
    expect(screen.getByText(/You were at step 5, “Tap Withdraw”/)).toHaveTextContent(
      'withdraw guide for iPhone or iPad',
    );
    expect(screen.getByRole('link', { name: 'Back to that step' })).toHaveAttribute(
      'href',
      '/guide/ios/withdraw',
    );
  });

  it('says nothing for a step it doesn’t know', () => {
    window.history.replaceState(null, '', '/troubleshoot?platform=ios&step=nope');
    const { container } = render(<StepNote steps={steps} locale="en" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names the step in the page’s language', () => {
    window.history.replaceState(
      null,
      '',
      '/de/troubleshoot?platform=ios&step=confirm&flow=remove-connection',
    );
    render(<StepNote steps={steps} locale={'de' as Locale} />);
    expect(document.querySelector('[data-step-note]')).toHaveTextContent(
      'Sie waren bei Schritt 4 („Tap Remove“) der Anleitung zum Entfernen eines Kontakts (iPhone oder iPad). Zurück zu diesem Schritt',
    );
  });
});
