/** Launch timing: material launched while reps close the quarter is not taken in. */

export const QUARTER_CLOSE_WARNING = 'reps are closing the quarter and will not take in new material';

/**
 * 1-based fiscal quarter and month-within-quarter (1..3) of a calendar month (1 = January),
 * for a fiscal year that starts in `fiscalYearStartMonth` (1 = January).
 */
export function fiscalPosition(calendarMonth: number, fiscalYearStartMonth: number): { quarter: number; monthInQuarter: number } {
  const offset = (((calendarMonth - fiscalYearStartMonth) % 12) + 12) % 12;
  return { quarter: Math.floor(offset / 3) + 1, monthInQuarter: (offset % 3) + 1 };
}

/** True when `at` (in the user's local calendar) falls in the last month of a fiscal quarter. */
export function isQuarterClosingMonth(at: Date, fiscalYearStartMonth: number): boolean {
  return fiscalPosition(at.getMonth() + 1, fiscalYearStartMonth).monthInQuarter === 3;
}

/** The warning to show for a planned `validFrom`, or undefined when the timing is fine (or unset). */
export function launchTimingWarning(validFrom: string | undefined, fiscalYearStartMonth: number): string | undefined {
  if (!validFrom) return undefined;
  const at = new Date(validFrom);
  if (Number.isNaN(at.getTime())) return undefined;
  if (!isQuarterClosingMonth(at, fiscalYearStartMonth)) return undefined;
  const { quarter } = fiscalPosition(at.getMonth() + 1, fiscalYearStartMonth);
  return `Starts in the last month of fiscal Q${quarter}: ${QUARTER_CLOSE_WARNING}.`;
}
