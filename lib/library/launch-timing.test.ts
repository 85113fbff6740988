import { describe, expect, it } from 'vitest';
import { fiscalPosition, isQuarterClosingMonth, launchTimingWarning, QUARTER_CLOSE_WARNING } from './launch-timing';

// Mid-month, midday local time: the month is the same in every time zone the test runs in.
const inMonth = (month: number, year = 2026) => new Date(year, month - 1, 15, 12);
const closingMonths = (fyStart: number) =>
  Array.from({ length: 12 }, (_, i) => i + 1).filter((month) => isQuarterClosingMonth(inMonth(month), fyStart));

describe('launch timing', () => {
  it('closes quarters in March, June, September and December for a calendar fiscal year', () => {
    expect(closingMonths(1)).toEqual([3, 6, 9, 12]);
  });

  it('shifts the quarters for a fiscal year starting in February', () => {
    expect(closingMonths(2)).toEqual([1, 4, 7, 10]);
    expect(fiscalPosition(1, 2)).toEqual({ quarter: 4, monthInQuarter: 3 });
    expect(fiscalPosition(2, 2)).toEqual({ quarter: 1, monthInQuarter: 1 });
  });

  it('shifts the quarters for a fiscal year starting in October', () => {
    expect(closingMonths(10)).toEqual([3, 6, 9, 12]);
    expect(fiscalPosition(12, 10)).toEqual({ quarter: 1, monthInQuarter: 3 });
    expect(fiscalPosition(9, 10)).toEqual({ quarter: 4, monthInQuarter: 3 });
    expect(fiscalPosition(10, 10)).toEqual({ quarter: 1, monthInQuarter: 1 });
  });

  it('covers every start month: four closing months, each three apart', () => {
    for (let start = 1; start <= 12; start += 1) {
      const months = closingMonths(start);
      expect(months).toHaveLength(4);
      expect(months).toContain(((start + 1) % 12) + 1);
    }
  });

  it('warns for a validFrom in a closing month, naming the quarter', () => {
    const warning = launchTimingWarning(inMonth(6).toISOString(), 1);
    expect(warning).toContain(QUARTER_CLOSE_WARNING);
    expect(warning).toContain('Q2');
    expect(launchTimingWarning(inMonth(1).toISOString(), 2)).toContain('Q4');
  });

  it('says nothing for other months, no date or a date that does not parse', () => {
    expect(launchTimingWarning(inMonth(5).toISOString(), 1)).toBeUndefined();
    expect(launchTimingWarning(inMonth(6).toISOString(), 2)).toBeUndefined();
    expect(launchTimingWarning(undefined, 1)).toBeUndefined();
    expect(launchTimingWarning('not a date', 1)).toBeUndefined();
  });
});
