import type { CivilDate } from './calendar.js';
import { addDays, addMonths } from './calendar.js';
import type { DurationPart, TimeFrame } from './frame.js';
import type { CalendarUnit } from './lexicon.js';
import { HOLIDAYS } from './lexicon.js';
import { pad } from './calendar.js';
import { timeSuffix } from './resolved-date.js';

const DATE_UNIT_LETTER: Partial<Record<CalendarUnit, string>> = { year: 'Y', month: 'M', week: 'W', day: 'D', quarter: 'Q' };
const TIME_UNIT_LETTER: Partial<Record<CalendarUnit, string>> = { hour: 'H', minute: 'M', second: 'S' };
/** Units with their own TimeML letters, used when the amount is unknown ("decades" → `PXDE`). */
const OWN_LETTERS: Partial<Record<CalendarUnit, string>> = { decade: 'DE', century: 'CE', millennium: 'ML', weekend: 'WE' };
/**
 * Counted units written as multiples of another, as the TimeBank annotations do: "two decades" →
 * `P20Y`, a fortnight → `P2W`.
 */
const MULTIPLES: Partial<Record<CalendarUnit, [CalendarUnit, number]>> = {
  decade: ['year', 10],
  century: ['year', 100],
  millennium: ['year', 1000],
  fortnight: ['week', 2],
  season: ['month', 3],
};

function formatAmount(amount: number | null): string {
  if (amount === null) return 'X';
  if (Number.isInteger(amount)) return String(amount);
  // Parts of a second keep their digits ("a billionth of a second" → 0.000000001), never "1e-9".
  if (Math.abs(amount) < 0.01) return amount.toFixed(12).replace(/0+$/u, '');
  return String(Math.round(amount * 100) / 100);
}

/** TimeML duration value: `P5Y`, `P2Y6M`, `PT1H30M`, `PXD` (unknown amount), `P20Y` for "two decades". */
export function durationValue(parts: readonly DurationPart[]): string {
  let date = '';
  let time = '';
  for (const part of parts) {
    let { amount, unit } = part;
    const own = OWN_LETTERS[unit];
    if (own && (amount === null || unit === 'weekend')) {
      date += `${formatAmount(amount)}${own}`;
      continue;
    }
    const multiple = MULTIPLES[unit];
    if (multiple) {
      if (amount === null) {
        date += `X${DATE_UNIT_LETTER[multiple[0]]}`;
        continue;
      }
      [unit, amount] = [multiple[0], amount * multiple[1]];
    }
    const dateLetter = DATE_UNIT_LETTER[unit];
    if (dateLetter) date += `${formatAmount(amount)}${dateLetter}`;
    const timeLetter = TIME_UNIT_LETTER[unit];
    if (timeLetter) time += `${formatAmount(amount)}${timeLetter}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/** Adds (or with `sign` −1 subtracts) a duration to a day; undefined for unknown amounts or clock units. */
export function addDuration(day: CivilDate, parts: readonly DurationPart[], sign: 1 | -1): CivilDate | undefined {
  let result = day;
  for (const part of parts) {
    if (part.amount === null || !Number.isInteger(part.amount)) return undefined;
    const n = part.amount * sign;
    switch (part.unit) {
      case 'day':
        result = addDays(result, n);
        break;
      case 'week':
        result = addDays(result, 7 * n);
        break;
      case 'fortnight':
        result = addDays(result, 14 * n);
        break;
      case 'month':
        result = addMonths(result, n);
        break;
      case 'quarter':
      case 'season':
        result = addMonths(result, 3 * n);
        break;
      case 'year':
        result = addMonths(result, 12 * n);
        break;
      case 'decade':
        result = addMonths(result, 120 * n);
        break;
      case 'century':
        result = addMonths(result, 1200 * n);
        break;
      default:
        return undefined;
    }
  }
  return result;
}

/** SET value: `P1W` for "weekly", `XXXX-WXX-1` for "every Monday", `XXXX-07` for "each July". */
export function setValue(frame: TimeFrame): string {
  if (frame.duration) return durationValue(frame.duration);
  return unanchoredValue(frame);
}

const UNANCHORED_SHIFT: Partial<Record<CalendarUnit, string>> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', fortnight: 'XXXX-WXX', month: 'XXXX-XX',
  quarter: 'XXXX-QX', season: 'XXXX-XX', year: 'XXXX', decade: 'XXX', century: 'XX',
  hour: 'XXXX-XX-XX', minute: 'XXXX-XX-XX', second: 'XXXX-XX-XX',
};

/**
 * The TimeML value of a date whose anchor is unknown: what the text states, with `X` for the rest
 * ("Wednesday" → `XXXX-WXX-3`, "June" → `XXXX-06`, "last year" → `XXXX`). No year is invented.
 */
export function unanchoredValue(frame: TimeFrame): string {
  const year = frame.year !== undefined ? pad(frame.year, 4) : 'XXXX';
  const time = timeSuffix(frame);
  if (frame.holiday) {
    const rule = HOLIDAYS.get(frame.holiday)!;
    return 'fixed' in rule ? `${year}-${pad(rule.fixed[0])}-${pad(rule.fixed[1])}${time}` : `${year}-XX-XX${time}`;
  }
  if (frame.month !== undefined) return frame.day !== undefined ? `${year}-${pad(frame.month)}-${pad(frame.day)}${time}` : `${year}-${pad(frame.month)}`;
  if (frame.weekday !== undefined) return `XXXX-WXX-${frame.weekday}${time}`;
  if (frame.weekend) return 'XXXX-WXX-WE';
  if (frame.season) return `${year}-${frame.season}`;
  if (frame.quarter !== undefined) return `${year}-Q${frame.quarter}`;
  if (frame.half !== undefined) return `${year}-H${frame.half}`;
  if (frame.decade !== undefined) return frame.shortYear ? `XX${frame.decade}` : String(frame.decade);
  if (frame.century !== undefined) return pad(frame.century);
  if (frame.year !== undefined) return year;
  if (frame.shift) {
    const base = UNANCHORED_SHIFT[frame.shift.unit] ?? 'XXXX-XX-XX';
    return base === 'XXXX-XX-XX' ? `${base}${time}` : base;
  }
  if (frame.partOfDay) return `XXXX-XX-XX${time}`;
  return 'XXXX-XX-XX';
}
