import { FREQUENCY_WORDS, MONTHS, MONTH_PATTERN, PARTS_OF_DAY, SEASONS, UNITS, UNIT_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from '../lexicon.js';
import type { CalendarUnit } from '../lexicon.js';
import type { TimeFrame } from '../frame.js';
import { NUMBER_PATTERN, parseNumber } from '../numbers.js';
import type { TimeRule } from './rule.js';
import { frame } from './rule.js';

/** The repeating period of "every X": a unit, a weekday, a month, a season or a part of the day. */
function periodFrame(word: string, count: number | null): TimeFrame | undefined {
  const w = word.toLowerCase().replace(/\.$/u, '');
  const unit = UNITS.get(w);
  if (unit) return frame('set', { duration: [{ amount: count ?? 1, unit }], every: unit, stated: ['frequency'] });
  const weekday = WEEKDAYS.get(w);
  if (weekday) return frame('set', { weekday, stated: ['weekday'] });
  const month = MONTHS.get(w);
  if (month) return frame('set', { month, stated: ['month'] });
  const season = SEASONS.get(w);
  if (season) return frame('set', { season, stated: ['season'] });
  const part = PARTS_OF_DAY.get(w);
  if (part) return frame('set', { partOfDay: part, stated: ['time'] });
  return undefined;
}

/** "every week", "each July", "every other day", "every Monday", "each morning", "per year". */
const every: TimeRule = {
  name: 'every',
  keywords: ['every', 'each', 'per'],
  pattern: new RegExp(
    `(?<![\\w'’-])(every|each|per)\\s+(?:(other|single)\\s+)?(?:(${NUMBER_PATTERN})\\s+)?(${UNIT_PATTERN}|weekend|${WEEKDAY_PATTERN}|${MONTH_PATTERN}|spring|summer|autumn|winter|morning|afternoon|evening|night)(?![\\w'’])`,
    'gi',
  ),
  build({ match }) {
    const count = match[2]?.toLowerCase() === 'other' ? 2 : match[3] ? parseNumber(match[3]) : 1;
    if (count === undefined) return undefined;
    const word = match[4]!.toLowerCase();
    if (word === 'weekend') return frame('set', { weekend: true, stated: ['weekend'] });
    return periodFrame(word, count);
  },
};

/** "daily", "weekly", "annually", "quarterly". */
const frequencyWord: TimeRule = {
  name: 'frequency',
  keywords: ['hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'fortnightly', 'monthly', 'quarterly', 'yearly', 'annually'],
  pattern: /(?<![\w'’-])(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually)(?![\w'’-])/giu,
  build({ match, text }) {
    // "a quarterly dividend", "its first quarterly loss": the kind of a report, not a repetition in time.
    const after = text.slice(match.index + match[0].length);
    if (/^quarterly$/iu.test(match[1]!) && /^\s+\p{Ll}/u.test(after)) return undefined;
    const unit = FREQUENCY_WORDS.get(match[1]!.toLowerCase())!;
    const amount = unit === 'fortnight' ? 2 : 1;
    const period: CalendarUnit = unit === 'fortnight' ? 'week' : unit;
    return frame('set', { duration: [{ amount, unit: period }], every: period, stated: ['frequency'] });
  },
};

/** "twice a week", "three times a year", "once a month". */
const times: TimeRule = {
  name: 'times-per',
  keywords: ['once', 'twice', 'thrice', 'times'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:once|twice|thrice|(?:${NUMBER_PATTERN})\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT_PATTERN})(?![\\w'’])`,
    'gi',
  ),
  build({ match }) {
    const unit = UNITS.get(match[1]!.toLowerCase())!;
    return frame('set', { duration: [{ amount: 1, unit }], every: unit, stated: ['frequency'] });
  },
};

/** A rate after a quantity: "$5 a year", "10 percent a month", "500 barrels a day". */
const rate: TimeRule = {
  name: 'rate',
  keywords: ['year', 'month', 'week', 'day', 'hour', 'minute', 'quarter'],
  pattern: /(?<![\w'’-])(?:a|an|per)\s+(year|month|week|day|hour|minute|quarter)(?![\w'’-])/giu,
  build({ match, text }) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const quantityBefore =
      /(?:\d|%|\b(?:percent|per\s*cent|cents?|dollars?|euros?|pounds?|yen|yuan|million|billion|trillion|thousand|hundred|dozen|barrels?|tons?|tonnes?|miles?|kilometres?|kilometers?|gallons?|litres?|liters?|calls|visits|trips|shifts|hours|times|meals))\b[^.;:!?]{0,24}$/iu;
    if (!quantityBefore.test(before)) return undefined;
    // "500 people a year ago" is a date, and "for a year" after a number is still a duration.
    const after = text.slice(match.index + match[0].length);
    if (/^\s+(?:ago|earlier|later|before|after)\b/iu.test(after)) return undefined;
    if (/\b(?:for|in|within|after|over|than)\s*$/iu.test(before)) return undefined;
    const unit = UNITS.get(match[1]!.toLowerCase())!;
    return frame('set', { duration: [{ amount: 1, unit }], every: unit, stated: ['frequency'] });
  },
};

/** "on weekends", "at weekends": every weekend. */
const weekends: TimeRule = {
  name: 'weekends',
  keywords: ['weekends'],
  pattern: /(?<=(?:^|[^\w'’-])(?:on|at|during|over)\s+)weekends(?![\w'’-])/giu,
  build() {
    return frame('set', { weekend: true, stated: ['weekend'] });
  },
};

export const SET_RULES: readonly TimeRule[] = [every, frequencyWord, times, rate, weekends];
