import { formatDay } from './format-day';

describe('formatDay', () => {
  it('writes the day, the month by name and the year, whatever the machine’s time zone', () => {
    expect(formatDay('2026-12-01')).toBe('1 December 2026');
    expect(formatDay('2015-10-07')).toBe('7 October 2015');
  });
});
