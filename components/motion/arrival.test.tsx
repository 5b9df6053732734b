import { render, screen } from '@testing-library/react';
import type { MotionLayer } from './use-motion-layer';
import { Arrival } from './arrival';

// What the layer hook answers: null until the layer has loaded (or forever, if it failed to).
const motion = vi.hoisted(() => ({ layer: null as MotionLayer | null }));
vi.mock('./use-motion-layer', () => ({ useMotionLayer: () => motion.layer }));

const realLayer = async () => {
  const layer = await import('./motion-layer');
  await layer.ready;
  return layer;
};

const step = (key: string, arrived: boolean) => (
  <Arrival key={key} arrived={arrived} from={{ x: 24 }} data-testid="panel">
    <h2>Open Sent</h2>
  </Arrival>
);
const panel = () => screen.getByTestId('panel');

beforeEach(() => {
  motion.layer = null;
});

describe('Arrival', () => {
  it('animates content that arrives once the motion layer is there', async () => {
    motion.layer = await realLayer();
    render(step('a', true));
    expect(panel()).toHaveStyle({ opacity: '0', transform: 'translateX(24px)' });
  });

  it('leaves content that was there from the start alone', async () => {
    motion.layer = await realLayer();
    render(step('a', false));
    expect(panel().getAttribute('style')).toBeNull();
  });

  it('shows content at once while the layer is missing, and never animates it afterwards', async () => {
    const { rerender } = render(step('a', true));
    expect(panel().getAttribute('style')).toBeNull();
    expect(panel()).toHaveTextContent('Open Sent');
    motion.layer = await realLayer();
    rerender(step('a', true));
    expect(panel().getAttribute('style')).toBeNull();
    // The next arrival (a new key) animates.
    rerender(step('b', true));
    expect(panel()).toHaveStyle({ opacity: '0' });
  });
});
