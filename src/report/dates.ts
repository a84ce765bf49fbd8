import type { DateInterval } from '../types.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

/**
 * Days since 1970-01-01 of the start of an ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a
 * date-time, whose date part is used). Undefined when the text is not such a date.
 */
export function dayNumber(iso: string): number | undefined {
  const match = DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? '1'), Number(match[3] ?? '1')];
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The ISO date (`YYYY-MM-DD`) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The interval `[start, end)` in day numbers a publication date value covers (a day, month or year). */
export function publicationInterval(value: string | null): { start: number; end: number } | undefined {
  if (value === null) return undefined;
  const match = DATE.exec(value);
  const start = dayNumber(value);
  if (!match || start === undefined) return undefined;
  const year = Number(match[1]);
  if (match[3] !== undefined) return { start, end: start + 1 };
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return { start, end: Math.floor(Date.UTC(year, month, 1) / 86_400_000) };
  }
  return { start, end: Math.floor(Date.UTC(year + 1, 0, 1) / 86_400_000) };
}

/** Day numbers of a half-open date interval, or undefined when either end cannot be read. */
export function intervalDays(interval: DateInterval): { start: number; end: number } | undefined {
  const start = dayNumber(interval.start);
  const end = dayNumber(interval.end);
  if (start === undefined || end === undefined) return undefined;
  return { start, end: Math.max(end, start + 1) };
}

/** "2024-04-24", or "2024-04-24 – 2024-04-26" (the exclusive end shown as the last day it covers). */
export function intervalLabel(interval: DateInterval): string {
  const days = intervalDays(interval);
  if (!days) return `${interval.start} – ${interval.end}`;
  const first = isoDay(days.start);
  const last = isoDay(days.end - 1);
  return first === last ? first : `${first} – ${last}`;
}
