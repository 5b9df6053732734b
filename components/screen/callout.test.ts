import { placeCallout } from './callout';
import type { Box } from './geometry';
import type { Side } from './scene';

const bounds = { w: 240, h: 420 };
const size = 13;

function sideOf(ring: Box, pill: Box): Side {
  if (pill.y >= ring.y + ring.h) return 'below';
  if (pill.y + pill.h <= ring.y) return 'above';
  return pill.x + pill.w <= ring.x ? 'left' : 'right';
}

describe('placeCallout', () => {
  it.each([
    {
      where: 'near the top',
      ring: { x: 20, y: 40, w: 40, h: 30 },
      side: undefined,
      expected: 'below',
    },
    {
      where: 'near the bottom',
      ring: { x: 100, y: 360, w: 40, h: 30 },
      side: undefined,
      expected: 'above',
    },
    {
      where: 'on the right, asked for left',
      ring: { x: 150, y: 170, w: 76, h: 28 },
      side: 'left',
      expected: 'left',
    },
    {
      where: 'on the left, asked for right',
      ring: { x: 10, y: 170, w: 60, h: 28 },
      side: 'right',
      expected: 'right',
    },
    {
      where: 'with no room on the asked side',
      ring: { x: 150, y: 170, w: 76, h: 28 },
      side: 'right',
      expected: 'below',
    },
    {
      where: 'with no room above',
      ring: { x: 100, y: 10, w: 40, h: 30 },
      side: 'above',
      expected: 'below',
    },
  ] satisfies { where: string; ring: Box; side?: Side; expected: Side }[])(
    'a ring $where gets its callout $expected',
    ({ ring, side, expected }) => {
      const { pill } = placeCallout(ring, 'Tap Withdraw', size, bounds, side);
      expect(sideOf(ring, pill)).toBe(expected);
    },
  );

  it('keeps the callout inside the picture for a ring at either edge', () => {
    for (const ring of [
      { x: 2, y: 200, w: 30, h: 30 },
      { x: 208, y: 200, w: 30, h: 30 },
    ]) {
      const { pill } = placeCallout(ring, 'Tap Remove connection', size, bounds);
      expect(pill.x).toBeGreaterThanOrEqual(0);
      expect(pill.x + pill.w).toBeLessThanOrEqual(bounds.w);
    }
  });

  it('points at the ring: the pointer starts on the ring edge facing the callout', () => {
    const ring = { x: 100, y: 40, w: 40, h: 30 };
    const { pointer } = placeCallout(ring, 'Tap Search', size, bounds);
    expect(pointer).toMatch(/^M120 70L/);
  });

  it('makes longer labels wider', () => {
    const ring = { x: 100, y: 40, w: 40, h: 30 };
    const short = placeCallout(ring, 'Tap More', size, bounds).pill;
    const long = placeCallout(ring, 'Tap Remove connection', size, bounds).pill;
    expect(long.w).toBeGreaterThan(short.w);
  });
});
