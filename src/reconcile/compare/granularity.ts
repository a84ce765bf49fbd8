import type { DateInterval } from '../../types.js';
import type { Comparison, ComparisonMeta } from './comparison.js';

export const granularityMeta: ComparisonMeta = {
  id: 'granularity',
  description:
    'Dates of different precision agree when the finer lies inside the coarser: "February 2022" fits "2022", ' +
    '"Friday" fits "Wednesday through Friday".',
};

const MS_PER_DAY = 86_400_000;

// Event grouping compares the same few thousand dates millions of times in a big run: each is parsed once.
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the first day of the period). */
export function dayNumber(iso: string): number {
  let day = dayNumbers.get(iso);
  if (day === undefined) {
    const [year, month = 1, date = 1] = iso.slice(0, 10).split('-').map(Number);
    day = Math.floor(Date.UTC(year!, month - 1, date) / MS_PER_DAY);
    dayNumbers.set(iso, day);
  }
  return day;
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Length of a half-open interval in days. */
export function lengthInDays(interval: DateInterval): number {
  return dayNumber(interval.end) - dayNumber(interval.start);
}

export function overlaps(a: DateInterval, b: DateInterval): boolean {
  return dayNumber(a.start) < dayNumber(b.end) && dayNumber(b.start) < dayNumber(a.end);
}

export function contains(outer: DateInterval, inner: DateInterval): boolean {
  return dayNumber(outer.start) <= dayNumber(inner.start) && dayNumber(inner.end) <= dayNumber(outer.end);
}

/** Days between two intervals (0 when they overlap or touch). */
export function gapInDays(a: DateInterval, b: DateInterval): number {
  if (overlaps(a, b)) return 0;
  return Math.max(dayNumber(b.start) - dayNumber(a.end), dayNumber(a.start) - dayNumber(b.end), 0);
}

/** Widens an interval by `days` on both sides. */
export function widen(interval: DateInterval, days: number): DateInterval {
  return { start: isoOfDay(dayNumber(interval.start) - days), end: isoOfDay(dayNumber(interval.end) + days) };
}

export function describeInterval(interval: DateInterval): string {
  const days = lengthInDays(interval);
  if (days <= 1) return interval.start;
  const start = interval.start;
  if (start.endsWith('-01-01') && days >= 365 && days <= 366) return start.slice(0, 4);
  if (start.endsWith('-01') && days >= 28 && days <= 31) return start.slice(0, 7);
  return `${interval.start} to ${isoOfDay(dayNumber(interval.end) - 1)}`;
}

/** Compares two date intervals allowing for granularity. */
export function compareIntervals(a: DateInterval, b: DateInterval): Comparison {
  if (a.start === b.start && a.end === b.end) return { relation: 'same', reason: `both ${describeInterval(a)}` };
  if (contains(a, b) || contains(b, a)) {
    const [outer, inner] = contains(a, b) ? [a, b] : [b, a];
    return { relation: 'compatible', reason: `${describeInterval(inner)} lies within ${describeInterval(outer)}` };
  }
  if (overlaps(a, b)) return { relation: 'compatible', reason: `${describeInterval(a)} and ${describeInterval(b)} overlap` };
  return { relation: 'different', reason: `${describeInterval(a)} and ${describeInterval(b)} do not overlap` };
}
