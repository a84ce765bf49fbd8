import type { CalendarUnit } from '../lexicon.js';
import { NUMBER_PATTERN, parseNumber } from '../numbers.js';
import type { TimeRule } from './rule.js';
import { frame } from './rule.js';

// Reporting periods of company results. Each counts from the quarter the article reports on
// (`frame.reported`, resolved in `reporting-period.ts`), not from the last date told: "the
// year-earlier period" after a digression on the second quarter still compares the third.

const ORDINAL_QUARTERS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
]);

/** The reported quarter a year back. `period`: a quarter only when the text told one. */
function yearAgo(reported: 'quarter' | 'period') {
  return frame('date', { shift: { unit: 'quarter', amount: -4 }, reported, periodic: true, stated: [] });
}

/**
 * "the year-ago quarter", "the comparable year-earlier period", "the year-ago third quarter", "the
 * year-earlier nine months", "year-earlier" (as in "year-earlier net"), "the month-ago level".
 */
const yearEarlier: TimeRule = {
  name: 'year-earlier',
  keywords: ['year', 'month'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?(year|month)[-\\s](?:earlier|ago)` +
      `(?:\\s+(?:(first|second|third|fourth)\\s+quarter|(?:first\\s+)?(${NUMBER_PATTERN})\\s+months|(period|quarter|months?|level)))?(?![\\w'’-])`,
    'giu',
  ),
  build({ match }) {
    const unit = match[1]!.toLowerCase() as CalendarUnit;
    const noun = match[4]?.toLowerCase();
    // "the year-earlier nine months": a stretch of months, the one compared.
    if (match[3]) {
      const amount = parseNumber(match[3]);
      return typeof amount === 'number' ? frame('duration', { duration: [{ amount, unit: 'month' }], stated: ['duration'] }) : undefined;
    }
    if (unit === 'year' && match[2]) {
      // "the year-ago third quarter": that quarter of the year before.
      return frame('date', { quarter: ORDINAL_QUARTERS.get(match[2].toLowerCase())!, shift: { unit: 'year', amount: -1 }, stated: ['quarter'] });
    }
    if (unit === 'year' && noun === 'quarter') return yearAgo('quarter');
    // "the year-ago period", "the year-earlier results": the reported period a year back.
    if (unit === 'year' && (noun === 'period' || noun === undefined)) return yearAgo('period');
    return frame('date', { shift: { unit, amount: -1 }, anaphoric: true, stated: [] });
  },
};

/** "the same period last year", "the corresponding quarter a year earlier", "last year's quarter". */
const comparedPeriod: TimeRule = {
  name: 'compared-period',
  keywords: ['period', 'quarter'],
  pattern:
    /(?<![\w'’-])(?:the\s+(?:(?:same|corresponding|comparable)\s+)?(period|quarter)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?the\s+(?:previous|prior|preceding)\s+year)|last\s+year['’]s\s+(period|quarter))(?![\w'’-])/giu,
  build({ match }) {
    return yearAgo((match[1] ?? match[2])!.toLowerCase() as 'quarter' | 'period');
  },
};

/** "the 1988 period", "the 1989 quarter": the reported quarter in that year. */
const yearPeriod: TimeRule = {
  name: 'year-period',
  // The noun, rarer than a year.
  keywords: ['period', 'quarter'],
  pattern: /(?<![\w'’-])the\s+((?:1[5-9]|20)\d\d)\s+(period|quarter)(?![\w'’-])(?!\s+(?:ended|ending)\b)/giu,
  build({ match }) {
    return frame('date', { year: Number(match[1]), reported: match[2]!.toLowerCase() as 'quarter' | 'period', stated: ['year'] });
  },
};

/** "the latest period": the quarter reported. */
const latestPeriod: TimeRule = {
  name: 'latest-period',
  keywords: ['period'],
  pattern: /(?<![\w'’-])the\s+latest\s+period(?![\w'’-])/giu,
  build() {
    return frame('date', { shift: { unit: 'quarter', amount: 0 }, reported: 'quarter', stated: [] });
  },
};

export const REPORT_RULES: readonly TimeRule[] = [yearEarlier, comparedPeriod, yearPeriod, latestPeriod];
