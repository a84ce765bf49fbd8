import * as chrono from 'chrono-node';

export interface ParsedPublished {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  /** ISO date-time with offset when a time and zone were given. */
  dateTime?: string;
  /** Offsets of the date inside the parsed string. */
  index: number;
  length: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/u;

function offsetString(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Reads a publication date as people write it: ISO (`2024-04-24`, `2024-04`, `2005-11-27T08:20-05:00`)
 * or natural ("November 28, 2005", "Nov 27, 2005 8:20 AM ET", "Monday, 28 November 2005, 02:24 GMT").
 * The calendar date is the one written, never shifted to another zone. Undefined when no full year.
 */
export function parsePublished(raw: string): ParsedPublished | undefined {
  const trimmed = raw.trim();
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    const value = [year, month, day].filter(Boolean).join('-');
    const dateTime =
      hour !== undefined && zone !== undefined
        ? `${value}T${hour}:${minute}:${second ?? '00'}${zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`}`
        : undefined;
    return { value, ...(dateTime ? { dateTime } : {}), index: raw.indexOf(trimmed), length: trimmed.length };
  }
  // "03 / 14 / 2013" → "03/14/2013": some sites space out their slashes.
  const compact = raw.replace(/(\d)\s*\/\s*(?=\d)/gu, '$1/');
  const [result] = chrono.parse(compact, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('month')) return undefined;
  const start = result.start;
  const year = start.get('year')!;
  const month = start.get('month')!;
  const value = start.isCertain('day') ? `${year}-${pad(month)}-${pad(start.get('day')!)}` : `${year}-${pad(month)}`;
  let dateTime: string | undefined;
  if (start.isCertain('day') && start.isCertain('hour') && start.isCertain('timezoneOffset')) {
    const offset = start.get('timezoneOffset')!;
    dateTime = `${value}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}:00${offset === 0 ? 'Z' : offsetString(offset)}`;
  }
  // Map the match position back from the compacted string (only slash runs were shortened).
  const index = compact === raw ? result.index : mapIndex(raw, result.index);
  const endIndex = compact === raw ? result.index + result.text.length : mapIndex(raw, result.index + result.text.length);
  return { value, ...(dateTime ? { dateTime } : {}), index, length: endIndex - index };
}

/** Maps an index in the slash-compacted string back to the original. */
function mapIndex(raw: string, compactIndex: number): number {
  let i = 0;
  let c = 0;
  while (c < compactIndex && i < raw.length) {
    const rest = raw.slice(i);
    const run = /^(\d)\s*\/\s*(?=\d)/u.exec(rest);
    if (run) {
      i += run[0].length;
      c += 2;
    } else {
      i++;
      c++;
    }
  }
  return i;
}
