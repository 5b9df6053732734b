import { render, screen, within } from '@testing-library/react';
import type { Locale } from '@/lib/locales';
import type { TroubleshooterNode } from '@/lib/troubleshooter/load';
import { siteSources } from '@/lib/sources/registry';
import { NodeView } from './node-view';

const provenance = { sources: [siteSources().get('a568295')!] };
const text = (title: string) => ({
  id: 'x',
  file: 'content/troubleshooter/nodes/x.mdx',
  body: '',
  data: { title, ...provenance },
  links: [],
});

const start: TroubleshooterNode = {
  id: 'what-went-wrong',
  kind: 'question',
  answers: [
    { id: 'accepted', label: 'They accepted', next: 'already-accepted' },
    { id: 'something-else', label: 'Something else', next: 'still-stuck' },
  ],
  text: text('What’s going wrong?'),
  body: '',
  provenance,
  trail: [],
  platformSpecific: false,
};

const outcome: TroubleshooterNode = {
  id: 'update-app',
  kind: 'outcome',
  answers: [],
  text: text('Update the app'),
  body: '',
  provenance,
  trail: [
    {
      questionId: 'what-went-wrong',
      questionTitle: 'What’s going wrong?',
      answerLabel: 'No Withdraw',
    },
    { questionId: 'app-up-to-date', questionTitle: 'Is your app up to date?', answerLabel: 'No' },
  ],
  platformSpecific: true,
};

describe('NodeView', () => {
  it('shows a question’s answers as links to the next nodes', () => {
    const { container } = render(<NodeView node={start} body={<p>Pick one.</p>} locale="en" />);
    const answers = container.querySelector<HTMLElement>('[data-answers]')!;
    const links = within(answers).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['They accepted→', '/troubleshoot/already-accepted'],
      ['Something else→', '/troubleshoot/still-stuck'],
    ]);
    expect(screen.getByText('Pick one.')).toBeInTheDocument();
  });

  it('has no Back, Your answers or Start again on the first question', () => {
    render(<NodeView node={start} body={null} locale="en" />);
    expect(screen.queryByRole('link', { name: /Back/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your answers' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start again' })).not.toBeInTheDocument();
  });

  it('lists the answers so far, each with Change, then Start again', () => {
    render(<NodeView node={outcome} body={null} locale="en" />);
    const answers = screen.getByRole('region', { name: 'Your answers' });
    expect(within(answers).getByText('No Withdraw')).toBeInTheDocument();
    expect(
      within(answers).getByRole('link', { name: 'Change your answer to “What’s going wrong?”' }),
    ).toHaveAttribute('href', '/troubleshoot');
    expect(
      within(answers).getByRole('link', {
        name: 'Change your answer to “Is your app up to date?”',
      }),
    ).toHaveAttribute('href', '/troubleshoot/app-up-to-date');
    expect(within(answers).getByRole('link', { name: 'Start again' })).toHaveAttribute(
      'href',
      '/troubleshoot',
    );
    expect(screen.getByRole('link', { name: /Back/ })).toHaveAttribute(
      'href',
      '/troubleshoot/app-up-to-date',
    );
  });

  it('goes Back to the entry page, which asks the first question, from the first answer', () => {
    render(
      <NodeView node={{ ...outcome, trail: outcome.trail.slice(0, 1) }} body={null} locale="en" />,
    );
    expect(screen.getByRole('link', { name: /Back/ })).toHaveAttribute('href', '/troubleshoot');
  });

  it('marks the page kind, focusable heading and sources; outcomes have no answers', () => {
    const { container } = render(<NodeView node={outcome} body={null} locale="en" />);
    expect(container.querySelector('[data-page-kind]')).toHaveAttribute(
      'data-page-kind',
      'outcome',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Update the app' })).toHaveAttribute(
      'tabindex',
      '-1',
    );
    expect(container.querySelector('[data-answers]')).toBeNull();
    expect(screen.getByRole('complementary', { name: 'Sources' })).toHaveTextContent(
      'Last checked 6 December 2026',
    );
  });

  it('shows the device on every page, with links to change it', () => {
    const { unmount } = render(<NodeView node={outcome} body={null} locale="en" />);
    expect(screen.getAllByText(/Instructions for:/)).toHaveLength(3);
    expect(screen.getAllByRole('link', { name: 'Android' })[0]).toHaveAttribute(
      'href',
      '/troubleshoot/update-app?platform=android',
    );
    unmount();
    // A page whose words are the same everywhere names the device, and still offers the change.
    render(<NodeView node={start} body={null} locale="en" />);
    expect(screen.queryByText(/Instructions for:/)).not.toBeInTheDocument();
    const lines = screen.getAllByText(/Your device:/);
    expect(lines.map((line) => line.textContent)).toEqual([
      'Your device: Desktop browser · Change to iPhone or Android',
      'Your device: iPhone or iPad · Change to Desktop or Android',
      'Your device: Android · Change to Desktop or iPhone',
    ]);
    expect(within(lines[1]!).getByRole('link', { name: 'Desktop' })).toHaveAttribute(
      'href',
      '/troubleshoot?platform=desktop',
    );
  });
});

describe('NodeView in French', () => {
  it('words its chrome in French and keeps every link in the French edition', () => {
    render(<NodeView node={outcome} body={null} locale={'fr' as Locale} />);
    expect(screen.getByText('Que faire')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Retour/ })).toHaveAttribute(
      'href',
      '/fr/troubleshoot/app-up-to-date',
    );
    // Testing Library reads French's no-break space before the colon as a plain one.
    expect(screen.getAllByText(/Instructions pour :/)).toHaveLength(3);
    expect(screen.getAllByRole('link', { name: 'Ordinateur' })[0]).toHaveAttribute(
      'href',
      '/fr/troubleshoot/update-app?platform=desktop',
    );
    const answers = screen.getByRole('region', { name: 'Vos réponses' });
    expect(
      within(answers).getByRole('link', {
        name: /^Modifier votre réponse à «\sIs your app up to date\?\s»$/,
      }),
    ).toHaveAttribute('href', '/fr/troubleshoot/app-up-to-date');
    expect(within(answers).getByRole('link', { name: 'Recommencer' })).toHaveAttribute(
      'href',
      '/fr/troubleshoot',
    );
    expect(screen.getByRole('complementary', { name: 'Sources' })).toHaveTextContent(
      'Vérifié pour la dernière fois le 6 décembre 2026',
    );
  });
});
