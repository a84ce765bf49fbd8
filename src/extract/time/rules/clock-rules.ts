import { WEEKDAY_PATTERN } from '../lexicon.js';
import type { TimeRule } from './rule.js';
import { frame } from './rule.js';

/** Time zones and the words wire services write after a 24-hour clock time. */
const ZONE = 'GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|IST|JST|AEST|AEDT|hrs|local\\s+time';
const ZONE_WORDS = ['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'ist', 'jst', 'aest', 'aedt', 'hrs', 'local'];
/** Four digits that read as a 24-hour time: 0000–2359. */
const HHMM = '([01]\\d|2[0-3])([0-5]\\d)';

/** A clock time on the day told next to it, or (anaphorically) on the day last told. */
function clock(hours: string, minutes: string) {
  return frame('date', { hour: Number(hours), minute: Number(minutes), shift: { unit: 'day', amount: 0 }, anaphoric: true, stated: ['time'] });
}

/** Four-digit clock times with a zone, as wire services write them: "1930 GMT", "0600 local time". */
const zonedClock: TimeRule = {
  name: 'clock-zone',
  keywords: ZONE_WORDS,
  pattern: new RegExp(`(?<![\\w:.,])${HHMM}\\s*(?:${ZONE})(?![\\w'’])`, 'gu'),
  build({ match }) {
    return clock(match[1]!, match[2]!);
  },
};

/**
 * What tells a bare four-digit number after "at" is a clock time rather than a year or a count:
 * its zone equivalent in brackets ("at 1353 (1023 GMT)"), "hours", or the day it falls on ("at
 * 2130 on Friday", "at 0600 today").
 */
const CLOCK_AFTER = new RegExp(
  `^\\s*(?:\\(\\s*(?:about\\s+|around\\s+)?${HHMM}\\s*(?:${ZONE})|hours\\b|h\\b|(?:on\\s+)?(?:today|tonight|yesterday|tomorrow|${WEEKDAY_PATTERN})\\b)`,
  'iu',
);

/** The words a clock time follows: "at 1353", "until 0600", "from 2200 to 0500". */
const CLOCK_PREPOSITION = /(?:^|[^\w'’-])(?:at|around|about|by|until|till|before|after|from|since|between|and|to)\s+$/iu;

/**
 * A 24-hour time after "at" (or "around", "until", "from" …): "struck at 1353 (1023 GMT)", "at
 * 0848", "at 1400 hours". A year needs "in" or "since", a count a noun after it; here the clock
 * needs a leading zero or a clock context after it, so "at 2000 (1800 GMT)" is a time and "stood
 * at 2000 points" is not.
 */
const atClock: TimeRule = {
  name: 'clock-at',
  keywords: ['#hhmm'],
  pattern: new RegExp(`${HHMM}(?:\\s+hours)?(?![\\w%'’]|[.,:/]\\d)`, 'giu'),
  build({ match, text }) {
    // The preposition is checked here rather than in a lookbehind: most numbers fail on their digits first.
    if (!CLOCK_PREPOSITION.test(text.slice(Math.max(0, match.index - 8), match.index))) return undefined;
    const after = text.slice(match.index + match[0].length);
    const leadingZero = match[1]!.startsWith('0');
    if (!leadingZero && !/hours$/iu.test(match[0]) && !CLOCK_AFTER.test(after)) return undefined;
    return clock(match[1]!, match[2]!);
  },
};

const HOUR_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);

/** The hour on a 24-hour clock of "4 in the morning", "9 in the evening", "11 at night", "2 at night". */
function dayHour(hour: number, part: string): number {
  if (part === 'morning') return hour === 12 ? 0 : hour;
  if (part === 'night') return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/** "at 4 in the morning", "around nine in the evening", "at 11 o'clock at night": a clock time told with its part of the day. */
const hourOfPart: TimeRule = {
  name: 'clock-part-of-day',
  keywords: ['morning', 'afternoon', 'evening', 'night'],
  pattern: /(?<![\w'’-])(1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?::([0-5]\d))?(?:\s+o['’]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))(?![\w'’-])/giu,
  build({ match, text }) {
    if (!CLOCK_PREPOSITION.test(text.slice(Math.max(0, match.index - 8), match.index))) return undefined;
    const hour = HOUR_WORDS.get(match[1]!.toLowerCase()) ?? Number(match[1]);
    return clock(String(dayHour(hour, (match[3] ?? match[4])!.toLowerCase())), match[2] ?? '00');
  },
};

/** 24-hour clock times. They come before the year rules: "at 1630 (1330 GMT)" is a time, not the year 1630. */
export const CLOCK_RULES: readonly TimeRule[] = [zonedClock, atClock, hourOfPart];
