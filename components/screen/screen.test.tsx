import { render, screen } from '@testing-library/react';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { screenCatalog, screenViews, type ScreenView } from '@/lib/screens/catalog';
import { Screen } from './screen';

const cases = platforms.flatMap((platform) =>
  screenViews.flatMap((view) =>
    screenCatalog[view].map((highlight) => ({ platform, view, highlight })),
  ),
);

/** The narrowest a picture is drawn: desktop at 288 px (a 320 px screen), phones at 17rem. */
const narrowest: Record<Platform, number> = { desktop: 288, ios: 272, android: 272 };
/** Desktop nav labels show only from the sm breakpoint, where the picture is 36rem wide. */
const smWidth = 576;

function rectOf(element: Element) {
  const n = (name: string) => Number(element.getAttribute(name));
  return { x: n('x'), y: n('y'), w: n('width'), h: n('height') };
}

describe.each(cases)('$platform / $view / $highlight', ({ platform, view, highlight }) => {
  function draw() {
    const { container } = render(<Screen platform={platform} view={view} highlight={highlight} />);
    const svg = screen.getByRole('img');
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as number[];
    return {
      container,
      svg,
      w: w!,
      h: h!,
      target: container.querySelector(`[data-highlight="${highlight}"]`),
    };
  }

  it('is an svg image whose name says what is highlighted, matching the callout', () => {
    const { svg, target } = draw();
    expect(svg.tagName).toBe('svg');
    expect(target).not.toBeNull();
    const callout = target!.textContent!;
    expect(callout).toMatch(platform === 'desktop' ? /^(Click|Check) / : /^Tap /);
    const thing = callout.replace(/^(Click|Check|Tap) /, '');
    expect(svg).toHaveAccessibleName(
      expect.stringMatching(new RegExp(`^Drawing of .+: .*${thing}.* is highlighted\\.$`)),
    );
  });

  it('keeps the ring and its callout inside the picture, side by side, not overlapping', () => {
    const { target, w, h } = draw();
    const [, ring, , , pill] = Array.from(target!.children);
    for (const box of [rectOf(ring!), rectOf(pill!)]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(w);
      expect(box.y + box.h).toBeLessThanOrEqual(h);
    }
    const a = rectOf(ring!);
    const b = rectOf(pill!);
    const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    expect(overlap).toBe(false);
  });

  it('has readable text (12 px or more) at the narrowest width it is shown at', () => {
    const { container, w } = draw();
    for (const text of Array.from(container.querySelectorAll('text'))) {
      const width = text.classList.contains('max-sm:hidden') ? smWidth : narrowest[platform];
      expect(
        Number(text.getAttribute('font-size')) * (width / w),
        text.textContent!,
      ).toBeGreaterThanOrEqual(12);
    }
  });

  it('uses no ids, so several pictures can share a page', () => {
    expect(draw().container.querySelectorAll('[id]')).toHaveLength(0);
  });
});

describe('Screen', () => {
  it('keeps one aspect ratio per platform, whatever the view', () => {
    for (const platform of platforms) {
      const boxes = new Set(
        screenViews.map((view) => {
          const { container, unmount } = render(
            <Screen platform={platform} view={view} highlight={screenCatalog[view][0]} />,
          );
          const box = container.querySelector('svg')!.getAttribute('viewBox');
          unmount();
          return box;
        }),
      );
      expect(boxes.size).toBe(1);
    }
  });

  it('throws for a highlight the view does not offer', () => {
    expect(() =>
      Screen({ platform: 'desktop', view: 'sent-list', highlight: 'confirm-remove' }),
    ).toThrow(/sent-list.*confirm-remove/);
  });

  it('throws for a view the catalog does not have', () => {
    expect(() =>
      Screen({ platform: 'ios', view: 'inbox' as ScreenView, highlight: 'withdraw' }),
    ).toThrow(/inbox/);
  });
});
