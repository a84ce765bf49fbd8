import { MONTH_PATTERN, UNITS, UNIT_PATTERN } from '../lexicon.js';
import type { CalendarUnit } from '../lexicon.js';
import { NUMBER_PATTERN, parseNumber } from '../numbers.js';
import type { TimeRule } from './rule.js';
import { frame, partMod, QUANTITY_MOD_PATTERN, quantityMod } from './rule.js';

const RELATIVE_UNITS = 'week|weekend|month|year|quarter|decade|century|fortnight';

const SHIFT_WORDS: ReadonlyMap<string, number> = new Map([
  ['this', 0], ['current', 0], ['present', 0], ['same', 0],
  ['last', -1], ['past', -1], ['previous', -1], ['preceding', -1], ['prior', -1], ['latest', -1],
  ['next', 1], ['coming', 1], ['following', 1], ['upcoming', 1],
]);

/**
 * "last year", "next month", "this week", "earlier this month", "late last year", "the end of next
 * year", "this year's", "the past year" (a look-back duration), "the coming weeks" is a duration rule.
 */
const relativeUnit: TimeRule = {
  name: 'relative-unit',
  keywords: ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia', 'weekend'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:(early|late|mid|the\\s+(?:end|beginning|start|middle|close)\\s+of|the\\s+(?:first|second|latter)\\s+half\\s+of)[-\\s]+)?` +
      `(?:(earlier|later)\\s+(?:in\\s+)?)?(?:(the)\\s+)?(this|current|present|last|past|previous|preceding|prior|latest|next|coming|following|upcoming|same)\\s+(?:fiscal\\s+)?(${RELATIVE_UNITS})(?:['’]s)?(?![\\w'’])`,
    'gi',
  ),
  build({ match, text }) {
    const word = match[4]!.toLowerCase();
    const unit = match[5]!.toLowerCase() as CalendarUnit;
    // "ABC's This Week", "Next Year's Models": a title in capitals, not a time.
    if (/^\p{Lu}/u.test(match[5]!) && text !== text.toUpperCase()) return undefined;
    // "the past century", "the past decade": the stretch of time up to now, a look-back duration;
    // "the next decade" the stretch ahead.
    if (match[3] && (word === 'past' || word === 'next' || word === 'coming') && (unit === 'decade' || unit === 'century') && !match[1] && !match[2]) {
      return frame('duration', { duration: [{ amount: 1, unit }], ...(word === 'past' ? { lookBack: true } : { lookAhead: true }), stated: ['duration'] });
    }
    // "the first half of this year" is a half year (`2013-H1`, the quarter rule's), not the start of the year.
    if (unit === 'year' && /half\s+of$/iu.test(match[1] ?? '') && !/latter/iu.test(match[1]!)) return undefined;
    let amount = SHIFT_WORDS.get(word)!;
    const withThe = match[3] !== undefined;
    // "the following year", "the previous week", "the same month": counted from the date just told.
    const anaphoric = withThe && /^(?:following|previous|preceding|prior|same)$/u.test(word);
    if (!withThe && (word === 'present' || word === 'same' || word === 'latest')) return undefined;
    if (word === 'latest' && unit !== 'quarter') amount = 0;
    let mod = partMod(match[1]);
    const edge = match[2]?.toLowerCase();
    if (!mod && edge) mod = edge === 'earlier' ? 'START' : 'END';
    return frame('date', { shift: { unit, amount }, stated: [], ...(anaphoric ? { anaphoric } : {}), ...(mod ? { mod } : {}) });
  },
};

/** Units below a month: counted from a told event they are durations ("two days later"); "a month earlier" compares months. */
const SHORT_UNITS: ReadonlySet<CalendarUnit> = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight']);

/** "a year ago", "about two years ago", "a year earlier", "two years from now". */
const ago: TimeRule = {
  name: 'ago',
  keywords: ['ago', 'earlier', 'later', 'before', 'after', 'now', 'hence', 'back', 'previously', 'prior'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:(${QUANTITY_MOD_PATTERN})\\s+)?(${NUMBER_PATTERN})(?:\\s+(?:more|full|whole))?[-\\s]+(${UNIT_PATTERN})(?:\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|from\\s+now|hence|back|previously|prior)(?![\\w'’])`,
    'gi',
  ),
  build({ match, text }) {
    let amount = parseNumber(match[2]!);
    if (amount === undefined) return undefined;
    let unit = UNITS.get(match[3]!.toLowerCase())!;
    // "a decade ago" is a year ten years back, not the previous decade.
    if (unit === 'decade' || unit === 'century') {
      amount = amount === null ? null : amount * (unit === 'decade' ? 10 : 100);
      unit = 'year';
    }
    const cue = match[4]!.toLowerCase().replace(/\s+/gu, ' ');
    const after = text.slice(match.index + match[0].length);
    // "two days before the vote": the duration is told, the anchor is an event, not a date.
    if ((cue === 'before' || cue === 'after' || cue === 'prior') && !/^\s*(?:[,.;:!?)"”]|$|and\b|when\b)/iu.test(after)) return undefined;
    const sign = /^(?:ago|earlier|before|back|previously|prior)$/u.test(cue) ? -1 : 1;
    const anaphoric = /^(?:earlier|later|before|after|prior|previously)$/u.test(cue);
    // "three days later", "an hour and a half earlier": a stretch of time counted from something
    // told before, which TimeML marks as the duration alone (the cue is a signal). Whole years and
    // quarters ("a year earlier") stay dates: they name the period compared.
    if (anaphoric && SHORT_UNITS.has(unit)) return undefined;
    const mod = quantityMod(match[1]) ?? (/\bor\s+so\b/iu.test(match[0]) ? 'APPROX' : undefined);
    if (amount === null) {
      // "a few years ago", "several months later": a vague time before or after.
      return frame('ref', { ref: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', stated: [] });
    }
    // "a year ago" right after a quarter's figures compares the same quarter (see `resolve.ts`).
    const periodic = unit === 'year' ? { periodic: true } : {};
    return frame('date', { shift: { unit, amount: sign * amount }, stated: [], ...periodic, ...(anaphoric ? { anaphoric } : {}), ...(mod ? { mod } : {}) });
  },
};

/** "to March", "to the end of June" after "the year": a span of twelve months ending then. */
const YEAR_TO_MONTH = new RegExp(`^\\s+to\\s+(?:the\\s+end\\s+of\\s+)?(?:${MONTH_PATTERN})(?![a-z])`, 'iu');

/**
 * "the year", "the quarter", "the week", "the weekend": the period of the date just told (or of
 * publication) — "profit for the quarter" after "the third quarter" is that quarter.
 */
const thePeriod: TimeRule = {
  name: 'the-period',
  // The unit, not "the" (in most sentences).
  keywords: ['year', 'quarter', 'week', 'month', 'weekend', 'decade'],
  pattern: /(?<![\w'’-])the\s+(?:(full|entire|whole|fiscal|calendar)\s+)?(year|quarter|week|month|weekend|decade)(?:['’]s)?(?![\w'’-])(?!\s+(?:of|earlier|later|ago|when|in\s+which|that)\b)/giu,
  build({ match, text }) {
    const unit = match[2]!.toLowerCase() as CalendarUnit;
    const after = text.slice(match.index + match[0].length);
    // "the week after the vote" is counted from an event, not a date; but "struck a deal over the
    // weekend after marathon talks" tells when the deal was struck.
    if (/^\s+(?:before|after)\b/iu.test(after) && !(unit === 'weekend' && /(?:^|\W)(?:over|during|at)\s+$/iu.test(text.slice(Math.max(0, match.index - 8), match.index)))) return undefined;
    if (unit === 'weekend') return frame('date', { weekend: true, stated: ['weekend'] });
    // "the year to March", as British reports write it, is a span of twelve months (as below).
    if (unit === 'year' && YEAR_TO_MONTH.test(after)) return frame('duration', { duration: [{ amount: 1, unit }], stated: ['duration'] });
    // "the year ended March 31" is a reporting year, a span of twelve months (TimeBank: P1Y);
    // "the quarter ended Sept. 30" is the quarter of that day.
    if (/^\s+(?:ended|ending)\b/iu.test(after)) {
      if (unit === 'year') return frame('duration', { duration: [{ amount: 1, unit }], stated: ['duration'] });
      return frame('date', { shift: { unit, amount: 0 }, anchoredAfter: true, stated: [] });
    }
    // "the quarter" points back at the quarter just reported; "the full year" is the year of the
    // quarter reported ("Fourth-quarter profit rose … For the full year, …" in February is last
    // year), else the current one; "the week" is the current one.
    if (unit === 'year') return frame('date', { shift: { unit, amount: 0 }, reported: 'year', stated: [] });
    return frame('date', { shift: { unit, amount: 0 }, stated: [], ...(unit === 'quarter' ? { anaphoric: true } : {}) });
  },
};

/** "year-end", "by year's end", "the turn of the year": the end of the current year. */
const yearEnd: TimeRule = {
  name: 'year-end',
  keywords: ['end'],
  pattern: /(?<![\w'’-])(?:year[-\s]end|year['’]s\s+end)(?![\w'’-])/giu,
  build() {
    return frame('date', { shift: { unit: 'year', amount: 0 }, mod: 'END', stated: [] });
  },
};

const COUNT_BEFORE = new RegExp(`(?<![\\w'’-])(?:${NUMBER_PATTERN})[-\\s]+$`, 'iu');

/** "years ago", "months earlier": a vague time before (or after) the anchor. */
const vagueAgo: TimeRule = {
  name: 'vague-ago',
  keywords: ['ago', 'earlier', 'later', 'before', 'after'],
  pattern: /(?<![\w'’-])(?:years|months|weeks|days|decades)\s+(ago|earlier|later|before|after)(?![\w'’-])/giu,
  build({ match, text }) {
    const cue = match[1]!.toLowerCase();
    if ((cue === 'before' || cue === 'after') && !/^\s*(?:[,.;:!?)"”]|$)/u.test(text.slice(match.index + match[0].length))) return undefined;
    // "three days later", "a few days later": the counted stretch is a duration (see `ago`).
    if (COUNT_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) return undefined;
    return frame('ref', { ref: cue === 'ago' || cue === 'earlier' || cue === 'before' ? 'PAST_REF' : 'FUTURE_REF', stated: [] });
  },
};

/** "earlier in the day", "later in the week": the current one, its start or its end. */
const inThePeriod: TimeRule = {
  name: 'in-the-period',
  keywords: ['earlier', 'later'],
  pattern: /(?<![\w'’-])(earlier|later)\s+in\s+the\s+(day|week|month|year)(?![\w'’-])/giu,
  build({ match }) {
    const mod = match[1]!.toLowerCase() === 'earlier' ? 'START' : 'END';
    return frame('date', { shift: { unit: match[2]!.toLowerCase() as CalendarUnit, amount: 0 }, anaphoric: true, mod, stated: [] });
  },
};

/** "will one day be", "could one day replace": some time ahead, not a day's length (before the duration rules). */
const oneDay: TimeRule = {
  name: 'one-day',
  keywords: ['day'],
  pattern: /(?<=(?:^|[^\w'’-])(?:will|would|could|might|may|can|shall|to|hope|hopes|hoped|dream|dreams)\s+)one\s+day(?=\s+\p{Ll})(?!\s+(?:of|in|at|after|before|later|earlier|ago)\b)/giu,
  build() {
    return frame('ref', { ref: 'FUTURE_REF', stated: [] });
  },
};

export const RELATIVE_RULES: readonly TimeRule[] = [inThePeriod, relativeUnit, ago, vagueAgo, yearEnd, thePeriod, oneDay];

