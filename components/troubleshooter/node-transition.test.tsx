import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { cameFromTroubleshooter, NodeTransition } from './node-transition';

const origin = 'http://localhost:3000';

const arriveFrom = (referrer: string) =>
  Object.defineProperty(document, 'referrer', { value: referrer, configurable: true });
const preferReducedMotion = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
  }));
beforeEach(() => preferReducedMotion(false));
afterEach(() => {
  arriveFrom('');
  vi.unstubAllGlobals();
});

/** One troubleshooter page as the template wraps it; a new key is a new node. */
const node = (title: string) => (
  <NodeTransition key={title}>
    <h1 tabIndex={-1}>{title}</h1>
  </NodeTransition>
);
const wrapper = () => document.querySelector<HTMLElement>('[data-node-transition]')!;

/** Waits until the motion layer (fetched after the page's load event) has arrived. */
async function motionLoaded() {
  await act(async () => {
    await (
      await import('@/components/motion/motion-layer')
    ).ready;
    await new Promise((resolve) => setTimeout(resolve));
  });
}

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
  it('on a page load shows the page as it is, without animating or moving focus', async () => {
    arriveFrom(`${window.location.origin}/guide/desktop`);
    loadPage(node('First question'));
    await motionLoaded();
    expect(screen.getByRole('heading')).not.toHaveFocus();
    expect(wrapper().getAttribute('style')).toBeNull();
  });

  it('on a page load from another troubleshooter page focuses the heading, still without animating', async () => {
    arriveFrom(`${window.location.origin}/troubleshoot/check-profile`);
    loadPage(node('Second question'));
    await motionLoaded();
    expect(screen.getByRole('heading')).toHaveFocus();
    expect(wrapper().getAttribute('style')).toBeNull();
  });

  it('after a navigation the new node rises and fades in, and its heading takes focus', async () => {
    const { rerender } = loadPage(node('First question'));
    await motionLoaded();
    rerender(node('Next question'));
    expect(screen.getByRole('heading', { name: 'Next question' })).toHaveFocus();
    expect(wrapper().style.opacity).toBe('0');
    expect(wrapper().style.transform).toBe('translateY(12px)');
    await waitFor(() => expect(wrapper().style.opacity).toBe('1'));
    expect(wrapper().style.transform).toBe('none');
  });

  it('under prefers-reduced-motion the new node fades in without moving', async () => {
    preferReducedMotion(true);
    const { rerender } = loadPage(node('First question'));
    await motionLoaded();
    rerender(node('Next question'));
    expect(screen.getByRole('heading', { name: 'Next question' })).toHaveFocus();
    expect(wrapper().style.opacity).toBe('0');
    expect(wrapper().style.transform).toBe('none');
    await waitFor(() => expect(wrapper().style.opacity).toBe('1'));
  });
});
