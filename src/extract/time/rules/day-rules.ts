import { PARTS_OF_DAY, WEEKDAYS, WEEKDAY_PATTERN } from '../lexicon.js';
import type { PartOfDay } from '../lexicon.js';
import type { TimeRule } from './rule.js';
import { capitalised, frame, occurrenceOf, partMod } from './rule.js';

const DAY_PART = '(morning|afternoon|evening|night|overnight)';

function dayPart(word: string | undefined): PartOfDay | undefined {
  return word ? PARTS_OF_DAY.get(word.toLowerCase()) : undefined;
}

/** A second weekday in the plural after "and"/"or": "[Monday] and Tuesday nights", "[Saturday] or Sundays". */
const PLURAL_PARTNER = new RegExp(`^\\s+(?:and|or|&)\\s+(?:${WEEKDAY_PATTERN})(?:s(?:\\s+${DAY_PART}s?)?|\\s+${DAY_PART}s)(?![\\w'’])`, 'iu');

/** "Wednesday", "last Friday", "next Monday's", "Friday morning", "late Tuesday", "on Mondays" (a set). */
const weekday: TimeRule = {
  name: 'weekday',
  keywords: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:(early|late|mid)[-\\s]+)?(?:(last|next|this|coming|past|(?:the\\s+)?previous|(?:the\\s+)?following)\\s+)?(${WEEKDAY_PATTERN})(s)?(?:['’]s)?(?:\\s+${DAY_PART}(s)?)?(?![\\w'’])`,
    'gi',
  ),
  build({ match, text }) {
    const name = match[3]!;
    if (!capitalised(name, text)) return undefined;
    const day = WEEKDAYS.get(name.toLowerCase())!;
    // "on Monday and Tuesday nights": the first day shares the plural (and the part of the day) of the second.
    const shared = match[4] || match[6] ? undefined : PLURAL_PARTNER.exec(text.slice(match.index + match[0].length));
    const part = dayPart(match[5] ?? shared?.[1] ?? shared?.[2]);
    if (match[4] || match[6] || shared) {
      // "on Mondays", "Tuesday nights": a repeating day.
      return frame('set', { weekday: day, ...(part ? { partOfDay: part } : {}), stated: ['weekday'] });
    }
    const mod = partMod(match[1]);
    const result = frame('date', { weekday: day, stated: ['weekday'], ...(mod ? { mod } : {}) });
    if (part) {
      result.partOfDay = part;
      result.stated.push('time');
    }
    const occurrence = occurrenceOf(match[2]?.replace(/^the\s+/iu, ''));
    if (occurrence !== 'tense') result.occurrence = occurrence;
    // "the previous Friday", "the following Monday": counted from the day just told.
    if (/^the\s/iu.test(match[2] ?? '')) result.anaphoric = true;
    return result;
  },
};

/** "today's" and "tomorrow's" before nouns of an age rather than of a day. */
const GENERIC_TODAY = /^(?:today|tomorrow)['’]s\s+(?:world|society|youth|young|generation|children|kids|economy|standards|terms|dollars|money|culture|technology|computers|politics|media|climate|workplace|market|markets|age|era)\b/iu;

const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

/** "today", "yesterday", "tomorrow night", "the day before yesterday", "earlier today", "late yesterday". */
const dayWord: TimeRule = {
  name: 'day-word',
  keywords: ['today', 'tonight', 'yesterday', 'tomorrow'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:(early|late|earlier|later)\\s+)?(?:the\\s+day\\s+(before|after)\\s+)?(today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\\s+${DAY_PART})?(?![\\w'’])`,
    'gi',
  ),
  build({ match, text }) {
    const word = match[3]!.toLowerCase();
    // "VOA Today", "USA Today": a capitalised day word inside a name.
    if (/^\p{Lu}/u.test(match[3]!) && match.index > 0 && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(0, match.index)) && !/[.!?:"“]\s*$/u.test(text.slice(0, match.index))) return undefined;
    // "today's youth", "in today's world": the present age, not the day.
    if (!match[1] && !match[2] && !match[4] && GENERIC_TODAY.test(text.slice(match.index))) return undefined;
    let amount = DAY_WORDS.get(word)!;
    if (match[2]) amount += match[2].toLowerCase() === 'before' ? -1 : 1;
    const part = dayPart(match[4]) ?? (word === 'tonight' ? 'NI' : undefined);
    const modifier = match[1]?.toLowerCase();
    const mod = modifier === 'early' || modifier === 'earlier' ? 'START' : modifier ? 'END' : undefined;
    const result = frame('date', { shift: { unit: 'day', amount }, stated: [], ...(mod ? { mod } : {}) });
    if (part) {
      result.partOfDay = part;
      result.stated.push('time');
    }
    return result;
  },
};

/** "this morning", "last night", "overnight", "the evening", "noon", "midnight". */
const partOfDay: TimeRule = {
  name: 'part-of-day',
  keywords: ['morning', 'afternoon', 'evening', 'night', 'overnight', 'noon', 'midday', 'midnight'],
  pattern: new RegExp(
    `(?<![\\w'’-])(?:(early|late|mid)(?:-|\\s+))?(?:(this|last|the|that|same)\\s+)?(morning|afternoon|evening|night|overnight|midday|noon|midnight)(?=['’]s\\b|(?![\\w'’-]))`,
    'gi',
  ),
  build({ match, text }) {
    const word = match[3]!.toLowerCase();
    const determiner = match[2]?.toLowerCase();
    const mod = partMod(match[1]);
    const extras = mod ? { mod } : {};
    if (word === 'noon' || word === 'midday' || word === 'midnight') {
      if (/^\p{Lu}/u.test(match[3]!) && match.index > 0 && /\p{L}\s+$/u.test(text.slice(0, match.index))) return undefined; // "High Noon"
      if (/(?:^|\W)high\s+$/iu.test(text.slice(Math.max(0, match.index - 6), match.index))) return undefined; // "high noon comes today"
      const hour = word === 'midnight' ? 24 : 12;
      // Like a clock time: on the day told next to it ("midnight on Sunday") or the day last told.
      return frame('date', { hour, minute: 0, shift: { unit: 'day', amount: 0 }, anaphoric: true, stated: ['time'], ...extras });
    }
    const part = dayPart(word)!;
    // "shares fell overnight", "overnight losses in New York": the night before the day told (or
    // the publication day), dated by the evening it began.
    if (word === 'overnight') return frame('date', { partOfDay: part, shift: { unit: 'day', amount: -1 }, anaphoric: true, stated: ['time'] });
    const after = text.slice(match.index + match[0].length);
    // "mid-afternoon yesterday", "morning Friday": a part of the day joined to the day that follows.
    if (!determiner && new RegExp(`^\\s+(?:yesterday|today|tomorrow|${WEEKDAY_PATTERN})\\b`, 'iu').test(after)) {
      return frame('date', { partOfDay: part, shift: { unit: 'day', amount: 0 }, stated: ['time'], ...extras });
    }
    // "by mid-afternoon,", "until evening.": a part of the day after a preposition, ending a phrase.
    const before = text.slice(Math.max(0, match.index - 10), match.index);
    if (!determiner && /(?:^|\W)(?:by|at|in|until|till|since|before|after|from|during|through|around|toward|towards)\s+$/iu.test(before) && /^\s*(?:[,.;:!?)"”]|$)/u.test(after)) {
      return frame('date', { partOfDay: part, shift: { unit: 'day', amount: 0 }, anaphoric: true, stated: ['time'], ...extras });
    }
    if (!determiner) return undefined; // "morning prayers", "night shift"
    if (determiner === 'the') {
      // "in the morning" after a clock time belongs to that time; in "the night of …" TimeML marks the day alone.
      if (/^\s+(?:of|before|after|when)\b/iu.test(after)) return undefined;
    }
    const amount = determiner === 'last' && part === 'NI' ? -1 : determiner === 'last' ? undefined : 0;
    if (amount === undefined) return undefined; // "last morning" is not idiomatic
    const anaphoric = determiner === 'that' || determiner === 'same' || determiner === 'the';
    return frame('date', { partOfDay: part, shift: { unit: 'day', amount }, stated: ['time'], ...(anaphoric ? { anaphoric } : {}), ...extras });
  },
};

const DAY_UNITS = 'day|morning|afternoon|evening|night|week|weekend|month|year|quarter';
// The rules below cannot match without one of these: rarer than "that" or "the", which wake them in most sentences.
const DAY_UNIT_WORDS = DAY_UNITS.split('|');

/** "that day", "later that year", "earlier that morning", "that same week": the date just told. */
const thatPeriod: TimeRule = {
  name: 'that-period',
  keywords: DAY_UNIT_WORDS,
  pattern: new RegExp(`(?<![\\w'’-])(?:(earlier|later)\\s+)?that\\s+(?:same\\s+)?(${DAY_UNITS})(?![\\w'’-])`, 'gi'),
  build({ match }) {
    const unitWord = match[2]!.toLowerCase();
    const part = dayPart(unitWord);
    const unit = part ? 'day' : (unitWord as 'day' | 'week' | 'weekend' | 'month' | 'year' | 'quarter');
    const edge = match[1]?.toLowerCase();
    const mod = edge === 'earlier' ? 'START' : edge === 'later' ? 'END' : undefined;
    return frame('date', { shift: { unit, amount: 0 }, anaphoric: true, stated: part ? ['time'] : [], ...(part ? { partOfDay: part } : {}), ...(mod ? { mod } : {}) });
  },
};

/** "the next day", "the following week", "the day before", "the previous year", "the same day". */
const anaphoricDay: TimeRule = {
  name: 'anaphoric-day',
  keywords: DAY_UNIT_WORDS,
  pattern: new RegExp(
    `(?<![\\w'’-])the\\s+(?:(next|following|previous|preceding|prior|same)\\s+(${DAY_UNITS})|(day|week|month|year)\\s+(before|after|earlier|later)(?!\\s+(?:yesterday|tomorrow)))(?![\\w'’])`,
    'gi',
  ),
  build({ match, text }) {
    // "the day before the vote" is anchored on an event, not a date; keep only the free-standing phrase.
    if (match[4] && !/^\s*(?:[,.;:!?)"”]|$|and\b|when\b)/u.test(text.slice(match.index + match[0].length))) return undefined;
    const word = (match[1] ?? match[4])!.toLowerCase();
    const unitWord = (match[2] ?? match[3])!.toLowerCase();
    const amount = /^(?:next|following|after|later)$/u.test(word) ? 1 : word === 'same' ? 0 : -1;
    const part = dayPart(unitWord);
    const unit = part ? 'day' : (unitWord as 'day' | 'week' | 'weekend' | 'month' | 'year' | 'quarter');
    const result = frame('date', { shift: { unit, amount }, anaphoric: true, stated: [] });
    if (part) {
      result.partOfDay = part;
      result.stated.push('time');
    }
    return result;
  },
};

export const DAY_RULES: readonly TimeRule[] = [weekday, dayWord, partOfDay, anaphoricDay, thatPeriod];
