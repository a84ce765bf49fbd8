/**
 * The English words of time: months, weekdays, seasons, parts of the day, calendar units, holidays.
 * Everything here is general vocabulary; nothing is specific to one story.
 */

/** Month names and their usual abbreviations → 1–12. Keys are lower case without the final dot. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names → ISO weekday (1 = Monday … 7 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** Full weekday names only: abbreviations are too often other words ("Sun", "Sat", "Wed"). */
export const WEEKDAY_PATTERN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/**
 * Month names for patterns. Abbreviations need their dot, except "Sept" and the unambiguous ones;
 * "May" and "March" are also verbs, so callers check the capital letter.
 */
export const MONTH_PATTERN =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept\\.?|sep\\.|oct\\.|nov\\.|dec\\.';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

/** First month of each season (meteorological seasons; winter starts in December of its year). */
export const SEASON_START_MONTH: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
  ['daytime', 'DT'],
]);

/** Calendar units, as they appear in durations and relative expressions. */
export type CalendarUnit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'weekend'
  | 'fortnight'
  | 'month'
  | 'quarter'
  | 'season'
  | 'year'
  | 'decade'
  | 'century'
  | 'millennium';

export const UNITS: ReadonlyMap<string, CalendarUnit> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['sec', 'second'], ['secs', 'second'],
  ['millisecond', 'second'], ['milliseconds', 'second'], ['microsecond', 'second'], ['microseconds', 'second'],
  ['nanosecond', 'second'], ['nanoseconds', 'second'],
  ['minute', 'minute'], ['minutes', 'minute'], ['min', 'minute'], ['mins', 'minute'],
  ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'],
  ['day', 'day'], ['days', 'day'],
  ['week', 'week'], ['weeks', 'week'],
  ['weekend', 'weekend'], ['weekends', 'weekend'],
  ['fortnight', 'fortnight'], ['fortnights', 'fortnight'],
  ['month', 'month'], ['months', 'month'],
  ['quarter', 'quarter'], ['quarters', 'quarter'],
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'],
  ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'],
  ['millennium', 'millennium'], ['millennia', 'millennium'], ['millenniums', 'millennium'],
]);

export const UNIT_PATTERN =
  '(?:milli|micro|nano)?seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a|ums)';

/** Parts of a second, written as fractions of the `second` unit: "10 milliseconds" → `PT0.01S`. */
export const SUBSECONDS: ReadonlyMap<string, number> = new Map([
  ['millisecond', 1e-3], ['milliseconds', 1e-3],
  ['microsecond', 1e-6], ['microseconds', 1e-6],
  ['nanosecond', 1e-9], ['nanoseconds', 1e-9],
]);

/** Adverbs and adjectives of frequency → the period they repeat on. */
export const FREQUENCY_WORDS: ReadonlyMap<string, CalendarUnit> = new Map([
  ['hourly', 'hour'],
  ['daily', 'day'],
  ['nightly', 'day'],
  ['weekly', 'week'],
  ['biweekly', 'fortnight'],
  ['fortnightly', 'fortnight'],
  ['monthly', 'month'],
  ['quarterly', 'quarter'],
  ['yearly', 'year'],
  ['annually', 'year'],
  ['annual', 'year'],
]);

/** How a holiday falls in a given year. */
export type HolidayRule =
  | { fixed: [month: number, day: number] }
  | { nth: [month: number, weekday: number, n: number] }
  | { easter: number }
  /** The first `weekday` on or after day `day` of `month` (US Election Day: the Tuesday after the first Monday of November). */
  | { onOrAfter: [month: number, day: number, weekday: number] };

/** Holidays whose date follows a calendar rule (mostly US, UK and Christian calendars). */
export const HOLIDAYS: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ['new year', { fixed: [1, 1] }],
  ["new year's", { fixed: [1, 1] }],
  ["new year's day", { fixed: [1, 1] }],
  ["new year's eve", { fixed: [12, 31] }],
  ['martin luther king day', { nth: [1, 1, 3] }],
  ['inauguration day', { fixed: [1, 20] }],
  ["valentine's day", { fixed: [2, 14] }],
  ["presidents' day", { nth: [2, 1, 3] }],
  ["presidents day", { nth: [2, 1, 3] }],
  ["st. patrick's day", { fixed: [3, 17] }],
  ["saint patrick's day", { fixed: [3, 17] }],
  ['ash wednesday', { easter: -46 }],
  ['palm sunday', { easter: -7 }],
  ['maundy thursday', { easter: -3 }],
  ['holy thursday', { easter: -3 }],
  ['good friday', { easter: -2 }],
  ['easter', { easter: 0 }],
  ['easter sunday', { easter: 0 }],
  ['easter monday', { easter: 1 }],
  ['may day', { fixed: [5, 1] }],
  ["mother's day", { nth: [5, 7, 2] }],
  ['memorial day', { nth: [5, 1, -1] }],
  ["father's day", { nth: [6, 7, 3] }],
  ['independence day', { fixed: [7, 4] }],
  ['fourth of july', { fixed: [7, 4] }],
  ['bastille day', { fixed: [7, 14] }],
  ['labor day', { nth: [9, 1, 1] }],
  ['labour day', { nth: [9, 1, 1] }],
  ['columbus day', { nth: [10, 1, 2] }],
  ['halloween', { fixed: [10, 31] }],
  ['election day', { onOrAfter: [11, 2, 2] }],
  ["all saints' day", { fixed: [11, 1] }],
  ['veterans day', { fixed: [11, 11] }],
  ["veterans' day", { fixed: [11, 11] }],
  ['armistice day', { fixed: [11, 11] }],
  ['remembrance day', { fixed: [11, 11] }],
  ['thanksgiving', { nth: [11, 4, 4] }],
  ['thanksgiving day', { nth: [11, 4, 4] }],
  ['christmas eve', { fixed: [12, 24] }],
  ['christmas', { fixed: [12, 25] }],
  ['christmas day', { fixed: [12, 25] }],
  ['boxing day', { fixed: [12, 26] }],
]);

/** Holiday names for patterns, longest first so "Christmas Eve" wins over "Christmas". */
export const HOLIDAY_PATTERN = [...HOLIDAYS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.']/gu, (c) => (c === '.' ? '\\.' : "['’]")).replace(/ /gu, '\\s+'))
  .join('|');

/** Normalises a holiday as written to its lexicon key. */
export function holidayKey(text: string): string {
  return text.toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ' ');
}
