import { SUBSECONDS, UNITS, UNIT_PATTERN } from '../lexicon.js';
import type { CalendarUnit } from '../lexicon.js';
import type { DurationPart } from '../frame.js';
import { NUMBER_PATTERN, parseNumber } from '../numbers.js';
import type { RuleMatch, TimeRule } from './rule.js';
import { frame, QUANTITY_MOD_PATTERN, quantityMod, withoutArticleBeforeModifier } from './rule.js';

const LEAD = 'past|last|next|first|coming|previous|final|following|latest|remaining|initial|ensuing|preceding|same|entire|whole|full|early|opening|closing|intervening|recent';

/** "is expected to last three months", "will last several weeks": "last" is the verb, not "the last". */
function lastIsVerb({ match, text }: RuleMatch): boolean {
  if (match[1] !== undefined || match[2]?.toLowerCase() !== 'last') return false;
  return /(?:^|[^\w'’])(?:to|will|would|could|may|might|should|can|cannot|must|did|does|do|not|won['’]t|n['’]t|usually|only|still)\s+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index));
}

/** The span without the verb "last" ("to [last] [three weeks]") and without "the" before a modifier. */
function quantitySpan(input: RuleMatch): [number, number] {
  const [start, end] = withoutArticleBeforeModifier(input);
  return lastIsVerb(input) ? [start + /^last\s+/iu.exec(input.match[0])![0].length, end] : [start, end];
}

/**
 * "three years", "the past two months", "nearly five years", "a two-year term", "the first nine
 * months", "2 1/2 hours", "an hour and a half", "12 to 18 months", "several weeks".
 */
const quantity: TimeRule = {
  name: 'duration',
  keywords: ['second', 'seconds', 'milliseconds', 'millisecond', 'microseconds', 'microsecond', 'nanoseconds', 'nanosecond', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia'],
  span: quantitySpan,
  pattern: new RegExp(
    `(?<![\\w'’-])(?:(the)\\s+)?(?:(${LEAD})\\s+)?(?:(${QUANTITY_MOD_PATTERN})\\s+)?(${NUMBER_PATTERN})` +
      `(?:\\s*(?:to|-|–|or)\\s*(${NUMBER_PATTERN}))?(?:\\s+(more|additional|full|straight|consecutive|successive|long|extra|further|whole|or\\s+so))?` +
      `[-\\s]+(${UNIT_PATTERN})(\\s+and\\s+a\\s+half)?(?:\\s+(or\\s+so|or\\s+more|or\\s+longer))?` +
      // "in a week's time", "two years' time": the possessive and "time" belong to the span; before
      // another noun ("a day's work", "two weeks' notice") the possessive does not.
      `(?:['’]s?\\s+time(?![\\w'’-])|(?=['’]s?\\s+[a-z])|(?![\\w'’]))`,
    'gi',
  ),
  build({ match, text }) {
    const numberText = match[4]!;
    let amount = parseNumber(numberText);
    if (amount === undefined) return undefined;
    const unitWord = match[7]!.toLowerCase();
    const unit = UNITS.get(unitWord)!;
    const scale = SUBSECONDS.get(unitWord);
    if (scale !== undefined && amount !== null) amount *= scale;
    const after = text.slice(match.index + match[0].length);
    // Ages are not time expressions: "a 30-year-old", "52 years old".
    if (/^(?:-|\s+)old\b/iu.test(after)) return undefined;
    // "three-quarters of its food", "a quarter of the votes": fractions, not spans of time.
    if (unit === 'quarter' && /^\s+of\b/iu.test(after) && (/-quarters?$/iu.test(match[0]) || /^(?:a|an|one)$/iu.test(numberText))) return undefined;
    // "a second term", "a minute fraction": an article before an ordinal or adjective.
    if (/^(?:a|an)$/iu.test(numberText) && (unit === 'second' || unit === 'minute') && /^\s+\p{L}/u.test(after) && !/^\s+(?:ago|later|earlier|or|and)\b/iu.test(after)) return undefined;
    // "the 1990s" is a decade, "1990 years" almost never; bare four-digit numbers here are years.
    if (/^\d{4}$/u.test(numberText) && !/^(?:years|days|hours|minutes|seconds)$/u.test(unitWord)) return undefined;
    if (match[6]?.toLowerCase() === 'or so' || match[9]?.toLowerCase() === 'or so') amount = amount ?? null;
    if (match[8] && amount !== null) amount += 0.5;
    const lead = lastIsVerb({ match, text }) ? undefined : match[2]?.toLowerCase();
    const mod = quantityMod(match[3]) ?? (/couple/iu.test(numberText) ? 'APPROX' : undefined) ?? (/^or\s+(?:more|longer)$/iu.test(match[9] ?? '') ? 'EQUAL_OR_MORE' : undefined) ?? (/or\s+so/iu.test(`${match[6] ?? ''} ${match[9] ?? ''}`) ? 'APPROX' : undefined);
    // "12 to 18 months": the lower bound is stated, the rest is a range.
    const range = match[5] !== undefined;
    const result = frame('duration', {
      duration: toParts(amount, unit),
      stated: ['duration'],
      ...(mod ? { mod } : range ? { mod: 'EQUAL_OR_MORE' } : {}),
    });
    if (lead === 'past' || lead === 'last' || lead === 'previous' || lead === 'preceding' || lead === 'recent') result.lookBack = true;
    if (lead === 'next' || lead === 'coming' || lead === 'following' || lead === 'ensuing' || lead === 'remaining') result.lookAhead = true;
    return result;
  },
};

/** "years", "for months", "in recent years", "the coming weeks", "decades": a duration of unknown length. */
const plural: TimeRule = {
  name: 'duration-plural',
  keywords: ['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'minutes'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:(the)\\s+)?(?:(${LEAD}|many|several|few|some|recent|coming|early|later)\\s+)?(years|months|weeks|days|decades|centuries|hours|minutes)(?![\\w'’-])`,
    'gi',
  ),
  build({ match, text }) {
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    const lead = match[2]?.toLowerCase();
    const after0 = text.slice(match.index + match[0].length);
    const cued =
      match[1] !== undefined ||
      lead !== undefined ||
      /(?:^|\W)(?:for|in|over|within|after|during|since|take|took|takes|taking|lasted|last|lasts|spent|spend|wait|waited|lasting)\s+$/iu.test(before) ||
      // "weeks or even months": the second of two lengths.
      /(?:^|\W)(?:hours|days|weeks|months|years|decades)\s+(?:or|to)\s+(?:even\s+)?$/iu.test(before) ||
      // "hours after the blast", "years of talks", "decades ago"
      /^\s+(?:after|before|later|earlier|of|ago|away|long)\b/iu.test(after0) ||
      /^\s*$/u.test(before);
    if (!cued) return undefined;
    if (/^(?:these|those)\s*$/iu.test(before.trim().split(/\s+/u).pop() ?? '')) return undefined;
    // "the early hours of Thursday" is a part of that day, not a stretch of hours.
    if (/^(?:early|later)$/iu.test(lead ?? '') && /^\s+of\b/iu.test(after0)) return undefined;
    const unit = UNITS.get(match[3]!.toLowerCase())!;
    const after = text.slice(match.index + match[0].length);
    if (/^(?:-|\s+)old\b/iu.test(after)) return undefined;
    const result = frame('duration', { duration: [{ amount: null, unit }], stated: ['duration'] });
    if (lead === 'past' || lead === 'last' || lead === 'recent' || lead === 'previous') result.lookBack = true;
    if (lead === 'next' || lead === 'coming' || lead === 'following') result.lookAhead = true;
    return result;
  },
};

/** Splits fractional amounts into whole smaller units: 2.5 years → 2 years 6 months. */
export function toParts(amount: number | null, unit: CalendarUnit): DurationPart[] {
  if (amount === null || Number.isInteger(amount)) return [{ amount, unit }];
  const whole = Math.floor(amount);
  const fraction = amount - whole;
  const smaller: Partial<Record<CalendarUnit, [CalendarUnit, number]>> = {
    year: ['month', 12],
    month: ['day', 30],
    week: ['day', 7],
    day: ['hour', 24],
    hour: ['minute', 60],
    minute: ['second', 60],
    decade: ['year', 10],
    century: ['year', 100],
  };
  const next = smaller[unit];
  if (!next) return [{ amount, unit }];
  const parts: DurationPart[] = whole > 0 ? [{ amount: whole, unit }] : [];
  parts.push({ amount: Math.round(fraction * next[1]), unit: next[0] });
  return parts;
}

/** "decades-long", "day-long", "week-long", "months-long": a length given as a modifier. */
const long: TimeRule = {
  name: 'duration-long',
  keywords: ['long'],
  pattern: new RegExp(`(?<![\\w'’-])(${UNIT_PATTERN})[-\\s]long(?![\\w'’-])`, 'gi'),
  build({ match }) {
    const word = match[1]!.toLowerCase();
    const unit = UNITS.get(word)!;
    // "decades-long" is of unknown length; "day-long" is one day.
    const amount = /s$/u.test(word) ? null : 1;
    return frame('duration', { duration: [{ amount, unit }], stated: ['duration'] });
  },
};

/** "for a while", "for some time": an unspecified stretch of time. */
const someTime: TimeRule = {
  name: 'duration-some-time',
  keywords: ['while', 'time'],
  pattern: /(?<=\b(?:for|in|after|within)\s)(?:a\s+(?:long\s+|short\s+|little\s+)?while|(?:quite\s+)?some\s+time|a\s+long\s+time|a\s+short\s+time)(?![\w'’-])/giu,
  build() {
    return frame('duration', { duration: [{ amount: null, unit: 'year' }], unspecified: true, stated: ['duration'] });
  },
};

const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2], ['third', 1 / 3], ['quarter', 1 / 4], ['tenth', 1e-1], ['hundredth', 1e-2], ['thousandth', 1e-3],
  ['millionth', 1e-6], ['billionth', 1e-9], ['trillionth', 1e-12],
]);

/** "a tenth of a second", "a quarter of an hour", "a billionth of a second": a fraction of one unit. */
const fraction: TimeRule = {
  name: 'duration-fraction',
  keywords: ['half', 'third', 'quarter', 'tenth', 'hundredth', 'thousandth', 'millionth', 'billionth', 'trillionth'],
  pattern: /(?<![\w'’-])(?:a|one)\s+(half|third|quarter|tenth|hundredth|thousandth|millionth|billionth|trillionth)\s+of\s+(?:a|an|one)\s+(second|minute|hour|day|week|month|year)(?![\w'’-])/giu,
  build({ match }) {
    const unit = UNITS.get(match[2]!.toLowerCase())!;
    return frame('duration', { duration: toParts(FRACTIONS.get(match[1]!.toLowerCase())!, unit), stated: ['duration'] });
  },
};

export const DURATION_RULES: readonly TimeRule[] = [quantity, plural, long, someTime, fraction];
