import { render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { cameFromTroubleshooter, NodeTransition } from './node-transition';

// jsdom has no Web Animations API; the call to animate() is what's checked.
type Animate = (element: Element, keyframes: object) => { stop(): void; finished: Promise<void> };
const animated = vi.hoisted(() =>
  vi.fn<Animate>(() => ({ stop: () => {}, finished: Promise.resolve() })),
);
vi.mock('./load-animate', () => ({ loadAnimate: () => Promise.resolve(animated) }));

const origin = 'http://localhost:3000';

const arriveFrom = (referrer: string) =>
  Object.defineProperty(document, 'referrer', { value: referrer, configurable: true });
const preferReducedMotion = (reduce: boolean) =>
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }),
  });
beforeEach(() => {
  animated.mockClear();
  preferReducedMotion(false);
});
afterEach(() => arriveFrom(''));

/** One troubleshooter page as the template wraps it; a new key is a new node. */
const node = (title: string) => (
  <NodeTransition key={title}>
    <h1 tabIndex={-1}>{title}</h1>
  </NodeTransition>
);
const wrapper = () => document.querySelector<HTMLElement>('[data-node-transition]')!;

/** A page load: React hydrates the server's HTML. */
function loadPage(ui: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(ui);
  document.body.append(container);
  return render(ui, { container, hydrate: true });
}

describe('cameFromTroubleshooter', () => {
  it.each([
    [`${origin}/troubleshoot`, true],
    [`${origin}/troubleshoot/check-profile`, true],
    [`${origin}/troubleshoot/check-profile?platform=ios`, true],
    [`${origin}/troubleshooting`, false],
    [`${origin}/guide/ios/withdraw`, false],
    ['https://elsewhere.example/troubleshoot/check-profile', false],
    ['', false],
  ])('%s → %s', (referrer, expected) => {
    expect(cameFromTroubleshooter(referrer, origin)).toBe(expected);
  });
});

describe('NodeTransition', () => {
  it('on a page load shows the page as it is, without animating or moving focus', () => {
    arriveFrom(`${window.location.origin}/guide/desktop`);
    loadPage(node('First question'));
    expect(screen.getByRole('heading')).not.toHaveFocus();
    expect(wrapper().getAttribute('style')).toBeNull();
    expect(animated).not.toHaveBeenCalled();
  });

  it('on a page load from another troubleshooter page focuses the heading, still without animating', () => {
    arriveFrom(`${window.location.origin}/troubleshoot/check-profile`);
    loadPage(node('Second question'));
    expect(screen.getByRole('heading')).toHaveFocus();
    expect(wrapper().getAttribute('style')).toBeNull();
    expect(animated).not.toHaveBeenCalled();
  });

  it('after a navigation animates the new node in, rising, and focuses its heading', async () => {
    const { rerender } = loadPage(node('First question'));
    rerender(node('Next question'));
    expect(screen.getByRole('heading', { name: 'Next question' })).toHaveFocus();
    await waitFor(() => expect(animated).toHaveBeenCalledTimes(1));
    const [element, keyframes] = animated.mock.calls[0]!;
    expect(element).toBe(wrapper());
    expect(keyframes).toEqual(
      expect.objectContaining({ opacity: [0, 1], transform: expect.any(Array) }),
    );
    await waitFor(() => expect(wrapper().getAttribute('style')).toBe(''));
  });

  it('under prefers-reduced-motion fades the new node in without moving it', async () => {
    preferReducedMotion(true);
    const { rerender } = loadPage(node('First question'));
    rerender(node('Next question'));
    expect(screen.getByRole('heading', { name: 'Next question' })).toHaveFocus();
    await waitFor(() => expect(animated).toHaveBeenCalledTimes(1));
    expect(animated.mock.calls[0]![1]).toEqual({ opacity: [0, 1] });
  });

  it('shows the node even when the animation code fails to load', async () => {
    animated.mockImplementationOnce(() => {
      throw new Error('chunk failed');
    });
    const { rerender } = loadPage(node('First question'));
    rerender(node('Next question'));
    expect(wrapper().style.opacity).toBe('0');
    await waitFor(() => expect(wrapper().style.opacity).toBe(''));
  });
});
