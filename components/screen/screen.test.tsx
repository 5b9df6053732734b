import { act, render, within } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { platforms, type Platform } from '@/lib/platform/platforms';
import { highlightsOf, screenViews, wordsFor, type ScreenView } from '@/lib/screens/catalog';
import type { Box } from './geometry';
import { labelText } from '@/lib/screens/labels';
import { elementNamed } from './scene';
import { Screen } from './screen';
import { drawView } from './views';

const cases = platforms.flatMap((platform) =>
  screenViews.flatMap((view) =>
    highlightsOf(view).map((highlight) => ({ platform, view, highlight })),
  ),
);

/** The narrowest a picture is drawn: desktop at 288 px (a 320 px screen), phones at 17rem. */
const narrowest: Record<Platform, number> = { desktop: 288, ios: 272, android: 272 };
/** Desktop nav labels show only from the sm breakpoint, where the picture is 36rem wide. */
const smWidth = 576;

function rectOf(element: Element): Box {
  const n = (name: string) => Number(element.getAttribute(name));
  return { x: n('x'), y: n('y'), w: n('width'), h: n('height') };
}

const encloses = (outer: Box, inner: Box) =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.w >= inner.x + inner.w &&
  outer.y + outer.h >= inner.y + inner.h;

/** The words of a drawing, in order, as one line (a dialog's message spans several). */
function wordsOf(container: HTMLElement) {
  return Array.from(container.querySelectorAll('svg text'), (text) => text.textContent).join(' ');
}

/** The one text of a drawing reading exactly `words`. */
function textOf(container: HTMLElement, words: string): Element {
  const found = Array.from(container.querySelectorAll('svg text')).filter(
    (text) => text.textContent === words,
  );
  expect(found, words).toHaveLength(1);
  return found[0]!;
}

/** What the checks read off a drawing: the image, its size, the callout, its ring and its pill. */
function partsOf(container: HTMLElement, highlight: string) {
  const svg = within(container).getByRole('img');
  const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as number[];
  const callout = container.querySelector(`[data-highlight="${highlight}"]`);
  const [, ring, , , pill] = Array.from(callout?.children ?? []);
  return { container, svg, w: w!, h: h!, callout, ring, pill };
}

function draw(platform: Platform, view: ScreenView, highlight: string) {
  const { container } = render(<Screen platform={platform} view={view} highlight={highlight} />);
  return partsOf(container, highlight);
}

/**
 * `draw`, for several tests that only read one drawing: mounted the way render() mounts it, but
 * outside Testing Library, whose cleanup after each test would unmount it. `unmount` removes it.
 */
function drawShared(platform: Platform, view: ScreenView, highlight: string) {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  act(() => root.render(<Screen platform={platform} view={view} highlight={highlight} />));
  const unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  return { ...partsOf(container, highlight), unmount };
}

describe.each(cases)('$platform / $view / $highlight', ({ platform, view, highlight }) => {
  // Every test here only reads the drawing, so it is drawn once for all of them: drawing it
  // again for each was most of this file's time.
  let drawn: ReturnType<typeof drawShared>;
  beforeAll(() => {
    drawn = drawShared(platform, view, highlight);
  });
  afterAll(() => drawn.unmount());

  it('is an svg image whose name says what is highlighted, matching the callout', () => {
    const { svg, callout } = drawn;
    expect(svg.tagName).toBe('svg');
    expect(callout).not.toBeNull();
    const text = callout!.textContent!;
    expect(text).toMatch(platform === 'desktop' ? /^(Click|Check) / : /^Tap /);
    const thing = text.replace(/^(Click|Check|Tap) /, '').replace(/[()]/g, '\\$&');
    expect(svg).toHaveAccessibleName(
      expect.stringMatching(new RegExp(`^Drawing of .+: .*${thing}.* is highlighted\\.$`)),
    );
  });

  it('rings the element it names: the ring encloses that element, whose words are the callout’s', () => {
    const { container, ring } = drawn;
    const say = (key: Parameters<typeof labelText>[0]) => labelText(key, platform);
    const element = elementNamed(drawView(view, platform, highlight, say), highlight);
    expect(encloses(rectOf(ring!), element.box)).toBe(true);
    const marked = container.querySelectorAll('[data-target]');
    expect(marked).toHaveLength(1);
    // A tab bar icon or a photo has no words; anything else reads what the callout says to press.
    const words = marked[0]!.textContent;
    if (words) expect(words).toContain(wordsFor(platform, view, highlight).label);
  });

  it('keeps the ring and its callout inside the picture, side by side, not overlapping', () => {
    const { ring, pill, w, h } = drawn;
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
    const { container, w } = drawn;
    for (const text of Array.from(container.querySelectorAll('text'))) {
      const width = text.classList.contains('max-sm:hidden') ? smWidth : narrowest[platform];
      expect(
        Number(text.getAttribute('font-size')) * (width / w),
        text.textContent!,
      ).toBeGreaterThanOrEqual(12);
    }
  });

  it('uses no ids, so several pictures can share a page', () => {
    expect(drawn.container.querySelectorAll('[id]')).toHaveLength(0);
  });
});

describe.each(platforms)('today’s screens on %s', (platform) => {
  it('My Network opens on Grow, beside Catch up, with “Show all” beside Invitations', () => {
    const { container } = draw(platform, 'my-network', 'grow-tab');
    expect(textOf(container, 'Grow')).toHaveClass('fill-fg');
    expect(textOf(container, 'Catch up')).toHaveClass('fill-muted');
    expect(textOf(container, 'Invitations')).toBeTruthy();
    expect(textOf(container, 'Show all')).toBeTruthy();
    expect(wordsOf(container)).not.toMatch(/Manage|See all/);
  });

  it.each([
    ['manage', 'Manage'],
    ['see-all', 'See all'],
  ])('the older %s link gets its own picture, reading %s', (highlight, label) => {
    const { container } = draw(platform, 'my-network', highlight);
    expect(textOf(container, label)).toBeTruthy();
    expect(wordsOf(container)).not.toContain('Show all');
  });

  it('the Sent list loads older rows as you scroll: no Load more unless the step is about it', () => {
    const { container } = draw(platform, 'sent-list', 'withdraw');
    expect(wordsOf(container)).toMatch(/Sent \d+ \w+ ago/);
    expect(wordsOf(container)).not.toMatch(/Load more/);
  });

  it('the older Sent list shows who, “Sent … ago” and Withdraw on each row, and Load more at the end', () => {
    const { container } = draw(platform, 'sent-list', 'load-more');
    expect(wordsOf(container)).toMatch(/People \(\d+\)/);
    const texts = Array.from(container.querySelectorAll('svg text'));
    const sent = texts.filter((text) => /^Sent \d+ \w+ ago$/.test(text.textContent!));
    const withdraw = texts.filter((text) => text.textContent === 'Withdraw');
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(withdraw).toHaveLength(sent.length);
    expect(textOf(container, 'Sam Lee')).toBeTruthy();
    const bottom = (text: Element) => Number(text.getAttribute('y'));
    expect(bottom(textOf(container, 'Load more'))).toBeGreaterThan(Math.max(...sent.map(bottom)));
  });

  it('the confirm dialog carries LinkedIn’s three-week warning', () => {
    const { container } = draw(platform, 'withdraw-dialog', 'confirm-withdraw');
    expect(wordsOf(container)).toContain(
      "If you withdraw now, you won't be able to resend to this person for up to 3 weeks.",
    );
    expect(textOf(container, 'Cancel')).toBeTruthy();
  });

  it('a profile you invited reads Message · Pending · More, Message the filled one', () => {
    const { container } = draw(platform, 'pending-profile', 'pending');
    const left = (label: string) => Number(textOf(container, label).getAttribute('x'));
    expect(left('Message')).toBeLessThan(left('Pending'));
    expect(textOf(container, 'Message')).toHaveClass('fill-accent-fg');
    expect(textOf(container, 'Pending')).not.toHaveClass('fill-accent-fg');
    expect(wordsOf(container)).not.toMatch(/Connect/);
  });

  it('a profile you invited lists Following inside its More menu', () => {
    expect(wordsOf(draw(platform, 'pending-profile', 'pending').container)).not.toMatch(
      /Following/,
    );
    const { container } = draw(platform, 'pending-profile', 'following');
    expect(textOf(container, 'Following')).toBeTruthy();
    expect(textOf(container, 'Block')).toBeTruthy();
  });

  it('a Follow-first profile’s More menu reads Pending; the older layout, Withdraw invitation', () => {
    const today = draw(platform, 'pending-menu', 'pending').container;
    expect(textOf(today, 'Follow')).toBeTruthy();
    expect(wordsOf(today)).toMatch(/Pending/);
    expect(wordsOf(today)).not.toMatch(/Withdraw invitation/);
    const older = draw(platform, 'pending-menu', 'withdraw-invitation').container;
    expect(textOf(older, 'Withdraw invitation')).toBeTruthy();
    expect(wordsOf(older)).not.toMatch(/Pending/);
  });

  it('More menus list Report and Block as two entries', () => {
    for (const [view, highlight] of [
      ['more-menu', 'block'],
      ['pending-menu', 'pending'],
    ] as const) {
      const { container } = draw(platform, view, highlight);
      expect(textOf(container, 'Report')).toBeTruthy();
      expect(textOf(container, 'Block')).toBeTruthy();
      expect(wordsOf(container)).not.toMatch(/Report \/ Block/);
    }
  });

  it('shows no gear icon and no logo: only the site’s own plain glyphs', () => {
    for (const view of screenViews) {
      const { container, unmount } = render(
        <Screen platform={platform} view={view} highlight={highlightsOf(view)[0]!} />,
      );
      expect(container.querySelectorAll('image, use, foreignObject')).toHaveLength(0);
      expect(wordsOf(container)).not.toMatch(/LinkedIn|settings|gear/i);
      unmount();
    }
  });
});

describe('the Android app', () => {
  it('names the invitations entry with its count, Invitations (N)', () => {
    const { container } = draw('android', 'my-network', 'show-all');
    expect(wordsOf(container)).toMatch(/Invitations \(\d+\)/);
  });

  it('calls a profile’s overflow More options, and opens it as a sheet from the bottom', () => {
    expect(draw('android', 'profile', 'more').callout).toHaveTextContent('Tap More options');
    const { container } = draw('android', 'more-menu', 'remove-connection');
    const entry = Number(textOf(container, 'Remove connection').getAttribute('y'));
    expect(entry).toBeGreaterThan(420 / 2);
  });
});

describe('Screen', () => {
  it('keeps one aspect ratio per platform, whatever the view', () => {
    for (const platform of platforms) {
      const boxes = new Set(
        screenViews.map((view) => {
          const { container, unmount } = render(
            <Screen platform={platform} view={view} highlight={highlightsOf(view)[0]!} />,
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

describe('drawings in the edition’s language', () => {
  const drawIn = (locale: 'de' | 'fr', platform: Platform, view: ScreenView, highlight: string) =>
    render(
      <Screen
        platform={platform}
        view={view}
        highlight={highlight}
        locale={locale as unknown as 'en'}
      />,
    ).container;

  it('a German profile you invited reads Message · Ausstehend · Mehr on the website', () => {
    const words = wordsOf(drawIn('de', 'desktop', 'pending-profile', 'pending'));
    expect(words).toMatch(/Ausstehend/);
    expect(words).toMatch(/Mehr/);
    expect(words).not.toMatch(/Pending/);
  });

  it('the German Sent list: its tabs, filter, ages and Zurückziehen; My Network stays English', () => {
    const words = wordsOf(drawIn('de', 'desktop', 'sent-list', 'withdraw'));
    for (const text of [
      'Eingegangen',
      'Gesendet',
      'Personen (12)',
      'Vor ',
      'Zurückziehen',
      'My Network',
    ])
      expect(words).toContain(text);
  });

  it('the French Sent row: Retirer, Personnes and its age; the tabs in English (no source)', () => {
    const words = wordsOf(drawIn('fr', 'desktop', 'sent-list', 'withdraw'));
    expect(words).toMatch(/Retirer/);
    expect(words).toMatch(/Personnes/);
    expect(words).toMatch(/Envoyé il y a 1 mois/);
    expect(words).toMatch(/\bSent\b/);
  });

  it('the apps are drawn in English in every edition: no source shows their labels in another language', () => {
    const words = wordsOf(drawIn('de', 'android', 'pending-profile', 'pending'));
    expect(words).toMatch(/Pending/);
    expect(words).not.toMatch(/Ausstehend/);
  });

  it('the callout names the label as the edition draws it', () => {
    const { container } = render(
      <Screen
        platform="desktop"
        view="pending-profile"
        highlight="pending"
        locale={'de' as 'en'}
      />,
    );
    expect(within(container).getByRole('img').getAttribute('aria-label')).toMatch(/Ausstehend/);
  });
});
