import { findDates } from './date-text.js';

export interface ParsedPublished {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  /** ISO date-time with offset when a time and zone were given. */
  dateTime?: string;
  /** Offsets of the date inside the parsed string. */
  index: number;
  length: number;
  /** Misspelt month names that were read as the month meant. */
  corrections: { from: string; to: string }[];
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/u;

function isRealDate(year: number, month?: number, day?: number): boolean {
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function readIso(raw: string, trimmed: string): ParsedPublished | undefined {
  const iso = ISO.exec(trimmed);
  if (!iso) return undefined;
  const [, year, month, day, hour, minute, second, zone] = iso;
  if (!isRealDate(Number(year), month === undefined ? undefined : Number(month), day === undefined ? undefined : Number(day))) return undefined;
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) return undefined;
  const value = [year, month, day].filter(Boolean).join('-');
  const offset = zone === undefined || zone === 'Z' ? zone : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const dateTime = hour !== undefined && offset !== undefined ? `${value}T${hour}:${minute}:${second ?? '00'}${offset}` : undefined;
  return { value, ...(dateTime ? { dateTime } : {}), index: raw.indexOf(trimmed), length: trimmed.length, corrections: [] };
}

/**
 * Reads a publication date as people write it: ISO (`2024-04-24`, `2024-04`, `2005-11-27T08:20-05:00`)
 * or natural ("November 28, 2005", "Nov 27, 2005 8:20 AM ET", "Monday, 28 November 2005, 02:24 GMT").
 * The calendar date is the one written, never shifted to another zone. Undefined when there is no
 * year and month, or the date does not exist (`2024-02-30`).
 */
export function parsePublished(raw: string): ParsedPublished | undefined {
  const trimmed = raw.trim();
  // An ISO date that does not exist stays unread rather than being "corrected" by chrono.
  if (ISO.test(trimmed)) return readIso(raw, trimmed);
  const match = findDates(raw).find((candidate) => candidate.value !== undefined);
  if (!match) return undefined;
  return {
    value: match.value!,
    ...(match.dateTime ? { dateTime: match.dateTime } : {}),
    index: match.index,
    length: match.length,
    corrections: match.corrections,
  };
}
