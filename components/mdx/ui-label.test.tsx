import { render } from '@testing-library/react';
import { Screen } from '@/components/screen/screen';
import { readFlow } from '@/lib/guides/read-flows';
import { MdxContent } from './mdx-content';

// LinkedIn renames Pending: the registry is the one place that changes.
vi.mock('@/content/labels', async (importOriginal) => {
  const { labels } = await importOriginal<typeof import('@/content/labels')>();
  const renamed = labels.pending.en.map((text) => ({ ...text, text: 'Waiting' }));
  return { labels: { ...labels, pending: { ...labels.pending, en: renamed } } };
});

const profileStep = (platform: 'desktop' | 'android', stepId: string) =>
  readFlow('profile', platform, 'en').steps.find((s) => s.id === stepId)!;

/** A profile-flow step's words (or one variant's), as the step page renders them. */
async function stepText(platform: 'desktop' | 'android', stepId: string, variantId?: string) {
  const step = profileStep(platform, stepId);
  const source =
    variantId && 'variants' in step
      ? step.variants.find((variant) => variant.id === variantId)!.body
      : step.body;
  const { container } = render(await MdxContent({ source, platform }));
  return container;
}

/** The drawing of a step's variant, as the step page renders it. */
function stepDrawing(platform: 'desktop' | 'android', stepId: string, variantId: string) {
  const step = profileStep(platform, stepId);
  if (!('variants' in step)) throw new Error(`${stepId} has no variants`);
  const { screen } = step.variants.find((variant) => variant.id === variantId)!;
  const { container } = render(<Screen platform={platform} {...screen} />);
  return container;
}

describe('a label renamed in content/labels.ts', () => {
  it('shows its new text in a built step’s words, in bold, and the old one nowhere', async () => {
    const words = await stepText('desktop', 'find-profile');
    expect(words.querySelector('strong[data-label="pending"]')).toHaveTextContent('Waiting');
    expect(words).not.toHaveTextContent(/Pending/);
  });

  it.each(['desktop', 'android'] as const)(
    'shows it in the step’s drawing too, on %s: its button and its description',
    (platform) => {
      const drawing = stepDrawing(platform, 'press-pending', 'pending');
      const texts = [...drawing.querySelectorAll('svg text')].map((text) => text.textContent);
      expect(texts).toContain('Waiting');
      expect(texts.join(' ')).not.toMatch(/\bPending\b/);
      const picture = drawing.querySelector('svg[role="img"]')!;
      expect(picture.getAttribute('aria-label')).toMatch(/Waiting/);
      expect(picture.getAttribute('aria-label')).not.toMatch(/\bPending\b/);
    },
  );
});
