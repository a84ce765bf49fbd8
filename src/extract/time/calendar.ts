/**
 * Calendar arithmetic on plain civil dates. Everything is computed in UTC on purpose: a civil date
 * has no zone, and the machine's zone must never move "Wednesday" to Tuesday.
 */

/** A civil date; `month` 1–12, `day` 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

function toUtc(date: CivilDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtc(ms: number): CivilDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function civil(year: number, month: number, day: number): CivilDate {
  return fromUtc(Date.UTC(year, month - 1, day));
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after the day is ignored); the missing parts become 1. */
export function parseCivil(value: string): CivilDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value);
  if (!match) return undefined;
  return civil(Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1));
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Adds months, clamping the day to the target month ("Jan 31" + 1 month = "Feb 28"). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** Months from `a`'s month to `b`'s month, ignoring days. */
export function monthsBetween(a: CivilDate, b: CivilDate): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

export function compareCivil(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** ISO 8601 week of a date: the week belongs to the year that holds its Thursday. */
export function isoWeek(date: CivilDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const firstOfYear = civil(thursday.year, 1, 1);
  return { year: thursday.year, week: Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1 };
}

/** The Monday that starts ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): CivilDate {
  const jan4 = civil(year, 1, 4);
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(week1Monday, (week - 1) * 7);
}

/** Start of the week (Monday) that holds `date`. */
export function weekStart(date: CivilDate): CivilDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The `n`th (1-based; -1 = last) given ISO weekday of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): CivilDate {
  if (n > 0) {
    const first = civil(year, month, 1);
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = civil(year, month, daysInMonth(year, month));
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD`. */
export function formatDay(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `YYYY-MM`. */
export function formatMonth(date: { year: number; month: number }): string {
  return `${pad(date.year, 4)}-${pad(date.month)}`;
}

export { pad };
