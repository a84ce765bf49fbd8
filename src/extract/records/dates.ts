import type { DateInterval } from '../../types.js';

const pad = (n: number) => String(n).padStart(2, '0');

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/** The calendar interval `[start, end)` of a TIMEX3 date value `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function intervalOfValue(value: string): DateInterval | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[3] !== undefined) {
    const start = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3])));
    const end = new Date(start.getTime() + 86_400_000);
    return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
  }
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    const end = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
    return { start: `${year}-${pad(month)}-01`, end };
  }
  return { start: `${year}-01-01`, end: `${year + 1}-01-01` };
}

/** The year interval `years` before the year of an ISO date (`2024-04-24`, `2024`). */
export function yearsBefore(anchor: string, years: number): (DateInterval & { timex: string }) | undefined {
  const year = Number(anchor.slice(0, 4));
  if (!Number.isInteger(year) || !Number.isInteger(years)) return undefined;
  const previous = year - years;
  return { ...intervalOfValue(String(previous))!, timex: String(previous) };
}

/**
 * A date written in a since-phrase when no time claim covers it: "(in) October 1997", "2010",
 * "the 1970 merger". The first year from 1000 to 2999 wins, with the month just before it if any.
 */
export function ownDate(text: string): (DateInterval & { text: string; timex: string }) | undefined {
  const match = /(?:\b([A-Za-z]{3,9})\.?\s+)?\b([12]\d{3})\b(?!\s*(?:%|percent|people|km|miles))/u.exec(text);
  if (!match) return undefined;
  const month = match[1] ? MONTHS[match[1].toLowerCase()] : undefined;
  const timex = month ? `${match[2]}-${pad(month)}` : match[2]!;
  const written = month ? match[0].trim() : match[2]!;
  return { ...intervalOfValue(timex)!, text: written, timex };
}
