import { render } from '@testing-library/react';
import { readFlow } from '@/lib/guides/read-flows';
import { MdxContent } from './mdx-content';

// LinkedIn renames Pending: the registry is the one place that changes.
vi.mock('@/content/labels', async (importOriginal) => {
  const { labels } = await importOriginal<typeof import('@/content/labels')>();
  const renamed = labels.pending.en.map((text) => ({ ...text, text: 'Awaiting reply' }));
  return { labels: { ...labels, pending: { ...labels.pending, en: renamed } } };
});

/** A profile-flow step's words (or one variant's), as the step page renders them. */
async function stepText(platform: 'desktop' | 'android', stepId: string, variantId?: string) {
  const step = readFlow('profile', platform).steps.find((s) => s.id === stepId)!;
  const source =
    variantId && 'variants' in step
      ? step.variants.find((variant) => variant.id === variantId)!.body
      : step.body;
  const { container } = render(await MdxContent({ source, platform }));
  return container;
}

describe('a label renamed in content/labels.ts', () => {
  it('shows its new text in a built step’s words, in bold, and the old one nowhere', async () => {
    const words = await stepText('desktop', 'find-profile');
    expect(words.querySelector('strong[data-label="pending"]')).toHaveTextContent('Awaiting reply');
    expect(words).not.toHaveTextContent(/Pending/);
  });
});

describe('a label on the page’s platform', () => {
  it('reads as that platform’s text where one was seen there, else the website’s', async () => {
    const android = await stepText('android', 'press-pending', 'more-menu');
    expect(android.querySelector('strong[data-label="more"]')).toHaveTextContent('More options');
    const desktop = await stepText('desktop', 'press-pending', 'more-menu');
    expect(desktop.querySelector('strong[data-label="more"]')).toHaveTextContent(/^More$/);
  });

  it('reads as a <PlatformOnly> passage’s platform on pages for every platform', async () => {
    const source =
      '<PlatformOnly platform="android">\nTap <UI id="more" />.\n</PlatformOnly>\n\n<PlatformOnly platform="ios">\nTap <UI id="more" />.\n</PlatformOnly>';
    const { container } = render(await MdxContent({ source }));
    const [android, ios] = [...container.querySelectorAll('[data-platform-only]')];
    expect(android).toHaveTextContent(/Tap More options\b/);
    expect(ios).toHaveTextContent('Tap More.');
  });
});

describe('a label nobody has seen for over a year', () => {
  it('says so beside it, counted from the day the page is built', async () => {
    const { UiLabel } = await import('./ui-label');
    const { container: late } = render(
      <UiLabel id="load-more" today={new Date('2026-12-07T00:00:00Z')} />,
    );
    expect(late).toHaveTextContent('Load more (not seen since December 2025)');
    const { container: early } = render(
      <UiLabel id="load-more" today={new Date('2026-06-01T00:00:00Z')} />,
    );
    expect(early).toHaveTextContent(/^Load more$/);
  });
});
