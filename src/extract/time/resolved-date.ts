import type { DateInterval } from '../../types.js';
import type { CivilDate } from './calendar.js';
import { addDays, addMonths, civil, formatDay, isoWeek, pad } from './calendar.js';
import type { PartOfDay, Season } from './lexicon.js';
import { SEASON_START_MONTH } from './lexicon.js';

/** Granularities a placed date can have, coarsest first. */
export type DateGranularity = 'century' | 'decade' | 'year' | 'half' | 'season' | 'quarter' | 'month' | 'week' | 'weekend' | 'day';

/** A date placed on the calendar at some granularity, plus an optional time of day. */
export interface ResolvedDate {
  granularity: DateGranularity;
  /** First day of the period. */
  start: CivilDate;
  /** Period number within the year, for seasons, quarters and halves. */
  season?: Season;
  quarter?: number;
  half?: number;
  hour?: number;
  minute?: number;
  second?: number;
  partOfDay?: PartOfDay;
}

/** The period of a given granularity that holds a day. */
export function periodOf(granularity: DateGranularity, day: CivilDate): ResolvedDate {
  switch (granularity) {
    case 'century':
      return { granularity, start: civil(Math.floor(day.year / 100) * 100, 1, 1) };
    case 'decade':
      return { granularity, start: civil(Math.floor(day.year / 10) * 10, 1, 1) };
    case 'year':
      return { granularity, start: civil(day.year, 1, 1) };
    case 'half':
      return { granularity, start: civil(day.year, day.month <= 6 ? 1 : 7, 1), half: day.month <= 6 ? 1 : 2 };
    case 'quarter': {
      const quarter = Math.ceil(day.month / 3);
      return { granularity, start: civil(day.year, quarter * 3 - 2, 1), quarter };
    }
    case 'season': {
      // Winter runs from December into the next year and carries December's year.
      if (day.month === 12 || day.month <= 2) {
        const year = day.month === 12 ? day.year : day.year - 1;
        return { granularity, start: civil(year, 12, 1), season: 'WI' };
      }
      const season: Season = day.month <= 5 ? 'SP' : day.month <= 8 ? 'SU' : 'FA';
      return { granularity, start: civil(day.year, SEASON_START_MONTH[season], 1), season };
    }
    case 'month':
      return { granularity, start: civil(day.year, day.month, 1) };
    case 'week':
      return { granularity, start: addDays(day, 1 - isoWeekdayOf(day)) };
    case 'weekend': {
      const monday = addDays(day, 1 - isoWeekdayOf(day));
      return { granularity, start: addDays(monday, 5) };
    }
    case 'day':
      return { granularity, start: day };
  }
}

function isoWeekdayOf(day: CivilDate): number {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The first day after the period. */
export function periodEnd(date: ResolvedDate): CivilDate {
  const { start } = date;
  switch (date.granularity) {
    case 'century':
      return civil(start.year + 100, 1, 1);
    case 'decade':
      return civil(start.year + 10, 1, 1);
    case 'year':
      return civil(start.year + 1, 1, 1);
    case 'half':
      return addMonths(start, 6);
    case 'season':
    case 'quarter':
      return addMonths(start, 3);
    case 'month':
      return addMonths(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'weekend':
      return addDays(start, 2);
    case 'day':
      return addDays(start, 1);
  }
}

export function intervalOf(date: ResolvedDate): DateInterval {
  return { start: formatDay(date.start), end: formatDay(periodEnd(date)) };
}

/** Moves a period by whole periods of its own granularity. */
export function shiftPeriod(date: ResolvedDate, amount: number): ResolvedDate {
  const { start, granularity } = date;
  const moved = (() => {
    switch (granularity) {
      case 'century':
        return civil(start.year + 100 * amount, 1, 1);
      case 'decade':
        return civil(start.year + 10 * amount, 1, 1);
      case 'year':
        return civil(start.year + amount, 1, 1);
      case 'half':
        return addMonths(start, 6 * amount);
      case 'season':
      case 'quarter':
        return addMonths(start, 3 * amount);
      case 'month':
        return addMonths(start, amount);
      case 'week':
      case 'weekend':
        return addDays(start, 7 * amount);
      case 'day':
        return addDays(start, amount);
    }
  })();
  return { ...periodOf(granularity, moved), ...timeOf(date) };
}

function timeOf(date: ResolvedDate): Partial<ResolvedDate> {
  const time: Partial<ResolvedDate> = {};
  if (date.hour !== undefined) time.hour = date.hour;
  if (date.minute !== undefined) time.minute = date.minute;
  if (date.second !== undefined) time.second = date.second;
  if (date.partOfDay !== undefined) time.partOfDay = date.partOfDay;
  return time;
}

/** TimeML value of a placed date: `2013-03-21T10:35`, `2012-07`, `2012-SU`, `2013-W11`, `199`. */
export function formatResolved(date: ResolvedDate): string {
  const { start } = date;
  const year = pad(start.year, 4);
  switch (date.granularity) {
    case 'century':
      return String(Math.floor(start.year / 100)).padStart(2, '0');
    case 'decade':
      return String(Math.floor(start.year / 10)).padStart(3, '0');
    case 'year':
      return year;
    case 'half':
      return `${year}-H${date.half}`;
    case 'season':
      return `${year}-${date.season}`;
    case 'quarter':
      return `${year}-Q${date.quarter}`;
    case 'month':
      return `${year}-${pad(start.month)}`;
    case 'week': {
      const week = isoWeek(start);
      return `${pad(week.year, 4)}-W${pad(week.week)}`;
    }
    case 'weekend': {
      const week = isoWeek(start);
      return `${pad(week.year, 4)}-W${pad(week.week)}-WE`;
    }
    case 'day':
      return `${formatDay(start)}${timeSuffix(date)}`;
  }
}

/** `T10:35`, `T10:35:20`, `TMO`, or nothing. */
export function timeSuffix(date: Pick<ResolvedDate, 'hour' | 'minute' | 'second' | 'partOfDay'>): string {
  if (date.hour !== undefined) {
    const seconds = date.second !== undefined ? `:${pad(date.second)}` : '';
    return `T${pad(date.hour)}:${pad(date.minute ?? 0)}${seconds}`;
  }
  return date.partOfDay ? `T${date.partOfDay}` : '';
}
