import { textWidth } from './geometry';
import { flow, pill, pillRow, setWords, shareRow, stackRows } from './layout';

const size = 13;
const long = 'Einladungzurückziehen Einladungzurückziehen';

describe('pill', () => {
  it('is one line at the asked height when its words fit, wide enough for them', () => {
    const { box, words } = pill('Withdraw', size, { right: 220, y: 10, h: 24, maxW: 200 });
    expect(words.lines).toEqual(['Withdraw']);
    expect(box.h).toBe(24);
    expect(box.w).toBeGreaterThan(textWidth('Withdraw', size, true));
    expect(box.x + box.w).toBe(220);
  });

  it('wraps words too long for its span and grows taller, never wider than the span', () => {
    const { box, words } = pill(long, size, { x: 20, y: 0, h: 24, maxW: 120 });
    expect(words.lines.length).toBeGreaterThan(1);
    expect(box.w).toBeLessThanOrEqual(120);
    expect(box.h).toBeGreaterThan(24);
    for (const line of words.lines) expect(textWidth(line, size, true)).toBeLessThanOrEqual(120);
  });
});

describe('setWords', () => {
  it('breaks a single word wider than the width', () => {
    const words = setWords('Kontaktanfragezurückziehen', size, 60);
    expect(words.lines.length).toBeGreaterThan(1);
    expect(words.lines.join('')).toBe('Kontaktanfragezurückziehen');
    expect(words.w).toBeLessThanOrEqual(60);
  });
});

describe('flow and pillRow', () => {
  it('keep things on one line while they fit', () => {
    const { boxes, bottom } = flow(
      [
        { w: 50, h: 20 },
        { w: 50, h: 20 },
      ],
      { x: 0, w: 200 },
      { y: 10, gap: 8 },
    );
    expect(boxes.map((b) => b.y)).toEqual([10, 10]);
    expect(boxes[1]!.x).toBe(58);
    expect(bottom).toBe(30);
  });

  it('start a new line when the next would pass the span’s end', () => {
    const { pills, bottom } = pillRow(
      ['Message', 'Pending', long],
      size,
      { x: 20, w: 200 },
      {
        y: 0,
        h: 30,
        gap: 8,
      },
    );
    expect(pills[2]!.box.y).toBeGreaterThan(pills[0]!.box.y);
    for (const { box } of pills) expect(box.x + box.w).toBeLessThanOrEqual(220);
    expect(bottom).toBe(Math.max(...pills.map(({ box }) => box.y + box.h)));
  });
});

describe('shareRow', () => {
  it('fits every label in its slot, or says they don’t fit and wraps them in equal slots', () => {
    const short = shareRow(['Grow', 'Catch up'], 14, { x: 20, w: 200 }, { y: 0, h: 28, pad: 4 });
    expect(short.fits).toBe(true);
    expect(short.slots.every(({ words }) => words.lines.length === 1)).toBe(true);
    const wide = shareRow([long, long], 14, { x: 20, w: 200 }, { y: 0, h: 28, pad: 4 });
    expect(wide.fits).toBe(false);
    expect(wide.slots.map(({ box }) => box.w)).toEqual([100, 100]);
    for (const { words } of wide.slots) expect(words.w).toBeLessThanOrEqual(92);
  });
});

describe('stackRows', () => {
  it('grows a row for words that wrap and moves the rows under it down', () => {
    const { rows, bottom } = stackRows(
      ['Report', long, 'Block'],
      15,
      { x: 16, w: 160 },
      {
        y: 100,
        rowH: 42,
        lead: 12,
        pad: 9,
      },
    );
    expect(rows[0]!.box.h).toBe(42);
    expect(rows[1]!.box.h).toBeGreaterThan(42);
    expect(rows[2]!.box.y).toBe(rows[1]!.box.y + rows[1]!.box.h);
    expect(bottom).toBe(rows[2]!.box.y + rows[2]!.box.h);
  });
});
