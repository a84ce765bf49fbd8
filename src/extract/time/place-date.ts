import type { CivilDate } from './calendar.js';
import { addDays, civil, compareCivil, daysBetween, easterSunday, isoWeekday, nthWeekdayOfMonth, weekStart } from './calendar.js';
import type { Tense, TimeFrame } from './frame.js';
import type { CalendarUnit, HolidayRule } from './lexicon.js';
import { HOLIDAYS, SEASON_START_MONTH } from './lexicon.js';
import type { DateGranularity, ResolvedDate } from './resolved-date.js';
import { periodEnd, periodOf, shiftPeriod } from './resolved-date.js';

/** What relative expressions are counted from: the publication date or an earlier date of the text. */
export interface Anchor {
  /** The anchor period (a day, or a month or year when only that much is known). */
  period: ResolvedDate;
}

const GRANULARITY_ORDER: readonly DateGranularity[] = ['century', 'decade', 'year', 'half', 'season', 'quarter', 'month', 'week', 'weekend', 'day'];

/** True when a period of granularity `a` always lies inside one period of granularity `b`. */
export function nestsIn(a: DateGranularity, b: DateGranularity): boolean {
  if (a === 'day' || a === b) return true;
  if (a === 'week' || a === 'weekend' || b === 'week' || b === 'weekend') return false;
  if (a === 'season' || b === 'season') return false; // winter straddles two years
  return GRANULARITY_ORDER.indexOf(a) >= GRANULARITY_ORDER.indexOf(b);
}

export const UNIT_GRANULARITY: Partial<Record<CalendarUnit, DateGranularity>> = {
  day: 'day', week: 'week', weekend: 'weekend', fortnight: 'week', month: 'month', quarter: 'quarter',
  season: 'season', year: 'year', decade: 'decade', century: 'century', hour: 'day', minute: 'day', second: 'day',
};

function withTime(date: ResolvedDate, frame: TimeFrame): ResolvedDate {
  if (date.granularity !== 'day') return date;
  const timed: ResolvedDate = { ...date };
  if (frame.hour !== undefined) {
    timed.hour = frame.hour;
    timed.minute = frame.minute ?? 0;
    if (frame.second !== undefined) timed.second = frame.second;
  } else if (frame.partOfDay) timed.partOfDay = frame.partOfDay;
  return timed;
}

function holidayIn(rule: HolidayRule, year: number): CivilDate {
  if ('fixed' in rule) return civil(year, rule.fixed[0], rule.fixed[1]);
  if ('nth' in rule) return nthWeekdayOfMonth(year, rule.nth[0], rule.nth[1], rule.nth[2]);
  if ('onOrAfter' in rule) {
    const from = civil(year, rule.onOrAfter[0], rule.onOrAfter[1]);
    return addDays(from, (rule.onOrAfter[2] - isoWeekday(from) + 7) % 7);
  }
  return addDays(easterSunday(year), rule.easter);
}

/** The period a frame names inside a given year, ignoring the frame's own year. */
function inYear(frame: TimeFrame, year: number): ResolvedDate | undefined {
  if (frame.holiday) return { granularity: 'day', start: holidayIn(HOLIDAYS.get(frame.holiday)!, year) };
  if (frame.month !== undefined && frame.day !== undefined) return { granularity: 'day', start: civil(year, frame.month, frame.day) };
  if (frame.month !== undefined) return periodOf('month', civil(year, frame.month, 1));
  if (frame.season) return periodOf('season', civil(year, SEASON_START_MONTH[frame.season], 1));
  if (frame.quarter !== undefined) return periodOf('quarter', civil(year, frame.quarter * 3, 1));
  if (frame.half !== undefined) return periodOf('half', civil(year, frame.half * 6, 1));
  return undefined;
}

/** A frame whose year (or decade, century) is written: no anchor needed, except for "the '90s". */
function placeAbsolute(frame: TimeFrame, anchor: Anchor | undefined): ResolvedDate | undefined {
  if (frame.year !== undefined) return inYear(frame, frame.year) ?? periodOf('year', civil(frame.year, 1, 1));
  if (frame.century !== undefined) return periodOf('century', civil(frame.century * 100, 1, 1));
  if (frame.decade === undefined) return undefined;
  if (!frame.shortYear) return periodOf('decade', civil(frame.decade * 10, 1, 1));
  // "the '90s": the latest such decade that has begun by the anchor.
  if (!anchor) return undefined;
  const anchorYear = anchor.period.start.year;
  let year = Math.floor(anchorYear / 100) * 100 + frame.decade * 10;
  if (year > anchorYear) year -= 100;
  return periodOf('decade', civil(year, 1, 1));
}

/** "last year", "three days ago", "the next day", "July last year", "yesterday morning". */
function placeShifted(frame: TimeFrame, anchor: Anchor | undefined): ResolvedDate | undefined {
  const shift = frame.shift!;
  if (!anchor || shift.amount === null) return undefined;
  let granularity = UNIT_GRANULARITY[shift.unit];
  if (!granularity) return undefined;
  let amount = shift.unit === 'fortnight' ? shift.amount * 2 : shift.unit === 'hour' || shift.unit === 'minute' || shift.unit === 'second' ? 0 : shift.amount;
  const anchorGranularity = anchor.period.granularity;
  // "a year earlier" after "the third quarter" is that quarter a year before (financial reports);
  // "earlier in the year", "that year" after it are still the year.
  if (shift.unit === 'year' && amount !== 0 && (anchorGranularity === 'half' || anchorGranularity === 'quarter')) {
    const perYear = anchorGranularity === 'half' ? 2 : 4;
    granularity = anchorGranularity;
    amount *= perYear;
  }
  if (!nestsIn(anchorGranularity, granularity)) return undefined;
  let placed = shiftPeriod(periodOf(granularity, anchor.period.start), amount);
  // Finer parts written alongside the shift: "July last year", "last year's third quarter".
  if (granularity === 'year') placed = inYear(frame, placed.start.year) ?? placed;
  return withTime(placed, frame);
}

/** Every occurrence of a partial date within a few periods of the anchor, in calendar order. */
function occurrences(frame: TimeFrame, around: CivilDate): ResolvedDate[] {
  const found: ResolvedDate[] = [];
  if ((frame.weekday !== undefined && frame.month === undefined && frame.holiday === undefined) || frame.weekend) {
    const monday = weekStart(around);
    for (let week = -3; week <= 3; week++) {
      const weekMonday = addDays(monday, week * 7);
      found.push(frame.weekend ? periodOf('weekend', weekMonday) : { granularity: 'day', start: addDays(weekMonday, frame.weekday! - 1) });
    }
    return found;
  }
  for (let year = around.year - 2; year <= around.year + 2; year++) {
    const placed = inYear(frame, year);
    if (placed) found.push(placed);
  }
  return found;
}

type Mode = 'past' | 'previous' | 'future' | 'following' | 'current' | 'nearest';

function pick(candidates: ResolvedDate[], mode: Mode, day: CivilDate, anchor: ResolvedDate): ResolvedDate | undefined {
  const startsBy = (c: ResolvedDate) => compareCivil(c.start, day) <= 0;
  const endsBy = (c: ResolvedDate) => compareCivil(periodEnd(c), day) <= 0;
  switch (mode) {
    case 'past':
      return candidates.filter(startsBy).pop();
    case 'previous':
      return candidates.filter(endsBy).pop();
    case 'future':
      return candidates.find((c) => !endsBy(c));
    case 'following':
      return candidates.find((c) => compareCivil(c.start, day) > 0);
    case 'current': {
      // "this Friday" is in the anchor's week; "this June", "this summer" in its year.
      const weekly = candidates[0]?.granularity === 'day' && (anchor.granularity === 'day' || candidates.length === 7);
      const enclosing = periodOf(weekly ? 'week' : 'year', day);
      const end = periodEnd(enclosing);
      return candidates.find((c) => compareCivil(c.start, enclosing.start) >= 0 && compareCivil(c.start, end) < 0);
    }
    case 'nearest':
      return nearest(candidates, day);
  }
}

function distance(c: ResolvedDate, day: CivilDate): number {
  if (compareCivil(c.start, day) > 0) return daysBetween(day, c.start);
  const end = periodEnd(c);
  return compareCivil(end, day) > 0 ? 0 : daysBetween(addDays(end, -1), day);
}

function nearest(candidates: ResolvedDate[], day: CivilDate): ResolvedDate | undefined {
  let best: ResolvedDate | undefined;
  for (const c of candidates) if (!best || distance(c, day) < distance(best, day)) best = c;
  return best;
}

/**
 * The tense's choice, unless it lands much further away than the nearest occurrence: "which expire
 * Nov. 21" read in late October is next month's, whatever verb the clause borrowed its tense from.
 */
function choose(candidates: ResolvedDate[], mode: Mode, day: CivilDate, anchor: ResolvedDate): ResolvedDate | undefined {
  const chosen = pick(candidates, mode, day, anchor);
  if (mode !== 'past' && mode !== 'future') return chosen;
  const closest = nearest(candidates, day);
  if (!chosen || !closest) return chosen;
  // Only exact dates and reporting quarters: a bare month ("in August") follows its verb.
  const exact = chosen.granularity === 'day' || chosen.granularity === 'quarter' || chosen.granularity === 'half';
  return exact && distance(chosen, day) > 3 * distance(closest, day) + 30 ? closest : chosen;
}

function modeOf(frame: TimeFrame, tense: Tense | undefined): Mode {
  switch (frame.occurrence) {
    case 'previous':
      return 'previous';
    case 'following':
      return 'following';
    case 'current':
      return 'current';
    default:
      if (tense === 'past') return 'past';
      if (tense === 'future') return 'future';
      if (tense === 'present') return 'nearest';
      // News reports what happened: a weekday without a tense cue is most often a past one.
      return frame.weekday !== undefined || frame.weekend ? 'past' : 'nearest';
  }
}

/**
 * "last February" told in March is not the month just ended ("last month" says that) but the
 * February of a year before: the latest such month that ended before the previous month began.
 */
function beforeLastMonth(frame: TimeFrame, mode: Mode, chosen: ResolvedDate | undefined, candidates: ResolvedDate[], day: CivilDate): ResolvedDate | undefined {
  if (mode !== 'previous' || !chosen || chosen.granularity !== 'month' || frame.day !== undefined) return chosen;
  if (compareCivil(periodEnd(chosen), periodOf('month', day).start) !== 0) return chosen;
  return candidates.filter((c) => compareCivil(c.start, chosen.start) < 0).pop() ?? chosen;
}

/** "Wednesday", "last November", "this summer", "Christmas": the occurrence the cue or tense picks. */
function placeOccurrence(frame: TimeFrame, tense: Tense | undefined, anchor: Anchor | undefined): ResolvedDate | undefined {
  if (!anchor) return undefined;
  const period = anchor.period;
  const first = period.start;
  const last = addDays(periodEnd(period), -1);
  const mode = modeOf(frame, tense);
  const candidates = occurrences(frame, first);
  const chosen = beforeLastMonth(frame, mode, choose(candidates, mode, first, period), candidates, first);
  // When the anchor is a whole month or year, the answer must not depend on which day of it we use.
  if (compareCivil(first, last) !== 0) {
    const others = occurrences(frame, last);
    const other = beforeLastMonth(frame, mode, choose(others, mode, last, period), others, last);
    if (!chosen || !other || compareCivil(chosen.start, other.start) !== 0) return undefined;
  }
  return chosen ? withTime(chosen, frame) : undefined;
}

/**
 * Places a date frame on the calendar against its anchor, reading the tense where the text leaves
 * the occurrence open. Undefined when the anchor is unknown or too coarse to decide.
 */
export function placeDate(frame: TimeFrame, tense: Tense | undefined, anchor: Anchor | undefined): ResolvedDate | undefined {
  if (frame.year !== undefined || frame.decade !== undefined || frame.century !== undefined) {
    const placed = placeAbsolute(frame, anchor);
    return placed ? withTime(placed, frame) : undefined;
  }
  if (frame.shift) return placeShifted(frame, anchor);
  return placeOccurrence(frame, tense, anchor);
}
