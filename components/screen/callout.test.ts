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

  describe('among other things to keep clear', () => {
    const text = 'Tap Remove connection';
    const ring = { x: 100, y: 40, w: 40, h: 30 };
    const meets = (a: Box, b: Box) =>
      a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    /** Everything but the space above the ring and a corridor `corridor` wide under its middle. */
    const around = (corridor: number): Box[] => {
      const left = 120 - corridor / 2;
      return [
        { x: 0, y: 0, w: bounds.w, h: 38 },
        { x: 0, y: 75, w: left, h: bounds.h - 75 },
        { x: left + corridor, y: 75, w: bounds.w - left - corridor, h: bounds.h - 75 },
      ];
    };

    it('keeps to one line where one line finds a clear spot', () => {
      const { words, pill } = placeCallout(ring, text, size, bounds, undefined, around(200));
      expect(words.lines).toEqual([text]);
      expect(around(200).filter((box) => meets(pill, box))).toEqual([]);
    });

    it('wraps onto two lines where only a narrower pill finds a clear spot', () => {
      const avoid = around(120);
      expect(placeCallout(ring, text, size, bounds).words.lines).toEqual([text]);
      const { words, pill } = placeCallout(ring, text, size, bounds, undefined, avoid);
      expect(words.lines).toEqual(['Tap Remove', 'connection']);
      expect(avoid.filter((box) => meets(pill, box))).toEqual([]);
    });

    it('never breaks inside a word: too narrow a corridor keeps it on one line', () => {
      const { words } = placeCallout(ring, text, size, bounds, undefined, around(40));
      expect(words.lines).toEqual([text]);
    });
  });
});
