import { HOLIDAYS, HOLIDAY_PATTERN, MONTHS, MONTH_PATTERN, SEASONS, holidayKey } from '../lexicon.js';
import type { TimeFrame } from '../frame.js';
import type { TimeRule } from './rule.js';
import { capitalised, frame, occurrenceOf, partMod, withoutArticleBeforeModifier } from './rule.js';
import { YEAR } from './year-rules.js';

const PART = '(early|mid|late|the\\s+(?:end|beginning|start|middle|close)\\s+of)';
const DETERMINER = '(last|next|this|past|coming|that|the)';
const YEAR_TAIL = `(?:\\s*,?\\s*(?:of\\s+)?(${YEAR})|\\s+(?:of\\s+)?(this|last|next)\\s+year)`;

/** Words that make "May" and "March" month names rather than a verb. */
const MONTH_CUE = /(?:^|\W)(?:in|since|until|till|by|before|after|during|of|from|to|through|between|and|or|early|mid|late|last|next|this|each|every|since|as of|end of|beginning of|start of|middle of|the)\s*-?\s*$/iu;

/** Nouns a surname is put before: "the May government", "the March family". */
const NAME_HOLDER = /^\s+(?:government|administration|cabinet|ministry|family|era|years|camp|team|doctrine|brothers|sisters)\b/iu;

function yearShift(word: string | undefined): number | undefined {
  const w = word?.toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : w === 'this' ? 0 : undefined;
}

/** Adds a stated year or a "last year"-style shift to a frame. */
function withYear(target: TimeFrame, year: string | undefined, relative: string | undefined): TimeFrame {
  if (year) {
    target.year = Number(year);
    target.stated.push('year');
  } else {
    const amount = yearShift(relative);
    if (amount !== undefined) target.shift = { unit: 'year', amount };
  }
  return target;
}

/** "June", "last November", "mid-June", "July last year", "February 2022", "the end of May". */
const month: TimeRule = {
  name: 'month',
  keywords: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:${PART}[-\\s]+)?(?:(last|next|this|past|coming)\\s+)?(${MONTH_PATTERN})(?![\\w])${YEAR_TAIL}?(?:['’]s)?(?![\\w'’])`,
    'gi',
  ),
  build({ match, text }) {
    const name = match[3]!;
    const number = MONTHS.get(name.toLowerCase().replace(/\.$/u, ''));
    if (number === undefined || !capitalised(name, text)) return undefined;
    const determiner = match[2]?.toLowerCase();
    if (/^(?:may|march)$/iu.test(name) && !determiner && !match[1] && !match[4] && !match[5]) {
      const before = text.slice(Math.max(0, match.index - 20), match.index);
      if (!MONTH_CUE.test(before)) return undefined;
      // "the May government", "the March family": a surname before what belongs to it.
      if (/the\s*$/iu.test(before) && NAME_HOLDER.test(text.slice(match.index + match[0].length))) return undefined;
    }
    const mod = partMod(match[1]);
    const result = frame('date', { month: number, stated: ['month'], ...(mod ? { mod } : {}) });
    const occurrence = occurrenceOf(determiner);
    if (occurrence !== 'tense') result.occurrence = occurrence;
    return withYear(result, match[4], match[5]);
  },
};

/** "last summer", "the spring of 2012", "winter 2010", "this fall". */
const season: TimeRule = {
  name: 'season',
  keywords: ['spring', 'summer', 'fall', 'autumn', 'winter', 'springtime', 'summertime', 'wintertime'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:${PART}[-\\s]+)?(?:${DETERMINER}\\s+)?(spring|summer|fall|autumn|winter)(?:time)?${YEAR_TAIL}?(?![\\w'’])`,
    'gi',
  ),
  build({ match, text }) {
    const word = match[3]!.toLowerCase();
    const determiner = match[2]?.toLowerCase();
    const after = text.slice(match.index + match[0].length);
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const anchored = determiner !== undefined || match[1] !== undefined || match[4] !== undefined || match[5] !== undefined;
    if (!anchored && !/(?:^|\W)(?:in|during|by|until|since|over|through|this|last|next|early|late)\s+$/iu.test(before)) return undefined;
    // "the fall of the wall", "a fall in prices", "spring up": verbs and other nouns.
    const seasonal = determiner !== undefined && determiner !== 'the';
    if (word === 'fall' && !seasonal && /^\s+(?:of|in|to|from|on|by|off|apart|behind|short|back|below|above|into|sharply|further)\b/iu.test(after)) return undefined;
    if (word === 'spring' && !seasonal && /^\s+(?:of|up|from|into|to)\b/iu.test(after) && !match[4]) return undefined;
    const mod = partMod(match[1]);
    const result = frame('date', { season: SEASONS.get(word)!, stated: ['season'], ...(mod ? { mod } : {}) });
    const occurrence = occurrenceOf(determiner);
    if (occurrence !== 'tense') result.occurrence = occurrence;
    if (determiner === 'that') result.anaphoric = true;
    return withYear(result, match[4], match[5]);
  },
};

const QUARTER_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['final', 4], ['last', 4],
]);

/** "the third quarter", "third-quarter", "the first half of 2012", "the 1988 fourth quarter", "Q3 2012". */
const quarter: TimeRule = {
  name: 'quarter',
  keywords: ['quarter', 'half', 'q1', 'q2', 'q3', 'q4'],
  span: withoutArticleBeforeModifier,
  pattern: new RegExp(
    `(?<![\\w'’-])(?:the\\s+)?(?:(${YEAR})(?:['’]s)?\\s+|(this|last|next)\\s+year['’]s\\s+)?(?:(?:fiscal|calendar)[-\\s]+)?` +
      `(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[-\\s]+(?:fiscal[-\\s]+)?(quarter|half)` +
      `(?:\\s+of\\s+(?:(?:fiscal|the\\s+fiscal|the)\\s+)?(?:(${YEAR})|(this|last|next)\\s+year|(?:the\\s+|this\\s+)?(year)))?(?![\\w'’])` +
      `|(?<![\\w'’-])Q([1-4])(?:\\s+(${YEAR}))?(?![\\w'’])`,
    'gi',
  ),
  build({ match }) {
    if (match[8]) return withYear(frame('date', { quarter: Number(match[8]), stated: ['quarter'] }), match[9], undefined);
    const unit = match[4]!.toLowerCase();
    // "the last half of 1989" is the second half.
    const ordinal = unit === 'half' && /^(?:last|final)$/iu.test(match[3]!) ? 2 : QUARTER_ORDINALS.get(match[3]!.toLowerCase())!;
    const hasOf = match[5] !== undefined || match[6] !== undefined || match[7] !== undefined;
    const hasYear = hasOf || match[1] !== undefined || match[2] !== undefined;
    // "the last quarter" alone is the previous quarter (a relative rule); "the second half" of a match is no date.
    if (/^(?:last|final)$/iu.test(match[3]!) && !hasYear) return undefined;
    if (unit === 'half' && (!hasYear || ordinal > 2)) return undefined;
    const result = frame('date', unit === 'half' ? { half: ordinal, stated: ['half'] } : { quarter: ordinal, stated: ['quarter'] });
    return withYear(result, match[1] ?? match[5], match[2] ?? match[6] ?? (match[7] ? 'this' : undefined));
  },
};

/** "Christmas", "Thanksgiving Day", "Easter 2012", "New Year's Eve". */
const holiday: TimeRule = {
  name: 'holiday',
  keywords: ['day', 'christmas', 'easter', 'thanksgiving', 'halloween', 'year', 'eve', 'july', 'friday', 'sunday', 'monday', 'thursday', 'wednesday'],
  pattern: new RegExp(`(?<![\\w'’-])(?:(last|next|this)\\s+)?(${HOLIDAY_PATTERN})(?:\\s*,?\\s*(${YEAR}))?(?![\\w'’])`, 'gi'),
  build({ match, text }) {
    const name = match[2]!;
    if (!capitalised(name, text)) return undefined;
    const key = holidayKey(name);
    if (!HOLIDAYS.has(key)) return undefined;
    // "New Year" in "the New Year's resolution" still names the day; "new year" in lower case does not.
    const result = frame('date', { holiday: key, stated: ['holiday'] });
    const occurrence = occurrenceOf(match[1]);
    if (occurrence !== 'tense') result.occurrence = occurrence;
    return withYear(result, match[3], undefined);
  },
};

export const MONTH_RULES: readonly TimeRule[] = [month, season, quarter, holiday];
