/**
 * Months as whole numbers (`year * 12 + month - 1`), so that "fourteen years after 2010" or "the
 * November before April 2024" are plain arithmetic.
 */

export type MonthIndex = number;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOf(index: MonthIndex): number {
  return Math.floor(index / 12);
}

/** 1–12. */
export function monthOfYear(index: MonthIndex): number {
  return index - yearOf(index) * 12 + 1;
}

/** `YYYY-MM`. */
export function formatMonthIndex(index: MonthIndex): string {
  return `${String(yearOf(index)).padStart(4, '0')}-${String(monthOfYear(index)).padStart(2, '0')}`;
}

const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "June 2023". */
export function describeMonth(index: MonthIndex): string {
  return `${NAMES[monthOfYear(index) - 1]} ${yearOf(index)}`;
}

/** "June". */
export function monthName(month: number): string {
  return NAMES[month - 1]!;
}

/** Months from the latest `month` (1–12) not after `at`, to `at` (0–11). */
export function monthsSince(month: number, at: MonthIndex): number {
  return (monthOfYear(at) - month + 12) % 12;
}

/** Months from `at` to the first `month` (1–12) not before it (0–11). */
export function monthsUntil(month: number, at: MonthIndex): number {
  return (month - monthOfYear(at) + 12) % 12;
}
