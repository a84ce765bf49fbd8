import type { Span } from '../../types.js';
import { NUMBER_PATTERN, parseNumber, roundNumber, type ParsedNumber } from './number-words.js';
import { isNotQuantity } from './not-quantity.js';

/** One number in a sentence, offsets relative to the sentence text. */
export interface NumberMention {
  start: number;
  end: number;
  parsed: ParsedNumber;
  /** Glued to a letter before it ("e80", "M7.5", "G20"): only money and magnitude may read it. */
  glued: boolean;
}

/** Numbers that belong together: one, a range ("three or four", "between 40 and 70") or a list ("7.6 and 7.4"). */
export interface NumberGroup {
  members: NumberMention[];
  shape: 'single' | 'range' | 'list';
  /** From the first member (or "between"/"from" of a range) to the end of the last member. */
  start: number;
  end: number;
}

/** Words a number may start with; other words are skipped without trying the number pattern. */
const NUMBER_STARTS = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety half several dozens hundreds thousands
  millions tens scores`.split(/\s+/u);
// Where a number may start: a run of digits, or one of those words as a whole ASCII letter run
// (number words are ASCII). One scan finds them all, so a sentence without a number costs one
// pattern test. A digit run is one candidate: a number read from its first digit ends after the
// run, and a run that reads as none is skipped whole, so its other digits were never tried anyway.
// The article "a" starts a number only before a scale ("a dozen", "a few hundred"): the lookahead
// asks for the first letters of those words (letters no other character matches case-insensitively),
// which spares the number pattern most of the commonest word in English.
const CANDIDATE = new RegExp(String.raw`\d+|(?<![A-Za-z])(?:a(?=\s+(?:few|dozen|hundred|thou|m|b))|${NUMBER_STARTS.join('|')})(?![A-Za-z])`, 'gi');
const STICKY_NUMBER = new RegExp(NUMBER_PATTERN.source, 'iuy');

const SCALE_AFTER = /^(?:\s+|-)(hundred|thousand|million|billion|trillion)\b/iu;
const SCALE_FACTORS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The numbers of a text, outside dates, times and other non-quantities. `starts` (offsets where a
 * number may begin, from the tokens) saves scanning the text for them.
 */
export function findNumbers(text: string, excluded: readonly Span[] = [], starts?: readonly number[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  let skipUntil = 0;
  const tryAt = (index: number, isDigit: boolean) => {
    if (index < skipUntil) return;
    STICKY_NUMBER.lastIndex = index;
    const match = STICKY_NUMBER.exec(text);
    if (!match) {
      // Skip the rest of a digit run ("2011") so it is not tried again from its second digit.
      if (isDigit) skipUntil = skipDigits(text, index);
      return;
    }
    const start = match.index;
    let end = start + match[0].length;
    skipUntil = end;
    if (excluded.some((span) => span.start < end && start < span.end) || isNotQuantity(text, start, end)) return;
    const parsed = parseNumber(match[0]);
    if (!parsed) return;
    if (parsed.digits) {
      const scale = SCALE_AFTER.exec(text.slice(end, end + 12));
      if (scale) {
        parsed.value = roundNumber(parsed.value * SCALE_FACTORS[scale[1]!.toLowerCase()]!);
        end += scale[0].length;
        skipUntil = end;
      }
    }
    const glued = start > 0 && /[\p{L}]/u.test(text[start - 1]!);
    mentions.push({ start, end, parsed, glued });
  };
  if (starts) {
    for (const start of starts) tryAt(start, text.charCodeAt(start) >= 48 && text.charCodeAt(start) <= 57);
    return mentions;
  }
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(text); candidate; candidate = CANDIDATE.exec(text)) {
    const code = text.charCodeAt(candidate.index);
    tryAt(candidate.index, code >= 48 && code <= 57);
  }
  return mentions;
}

function skipDigits(text: string, from: number): number {
  let index = from;
  while (index < text.length && text[index]! >= '0' && text[index]! <= '9') index++;
  return index;
}

// What may stand between the two ends of a range: an optional unit, then "to", "-", "or".
const RANGE_GAP = /^\s*(?:(?:%|°|[\p{L}.]{1,12}\s)\s*)?(?:to|or|and|-|–|—)\s*$/iu;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/iu;
// "rose from 10 to 12" is a change, not a range.
const CHANGE_BEFORE = /\b(?:rose|risen|rising|rises|increased|climbed|jumped|grew|fell|dropped|declined|decreased|went|raised|revised|lowered|up|down|changed)\s+(?:\w+\s+){0,3}?from\s+$/iu;

/**
 * Groups the numbers of a sentence: "between 40 and 70", "three or four" and "10 to 40" become
 * ranges; "7.6 and 7.4" becomes a list whose unit comes after the last member.
 */
export function groupNumbers(text: string, mentions: readonly NumberMention[]): NumberGroup[] {
  const groups: NumberGroup[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const next = mentions[i + 1];
    if (next && !first.parsed.vague && !next.parsed.vague) {
      const gap = text.slice(first.end, next.start);
      const before = text.slice(Math.max(0, first.start - 60), first.start);
      const between = /\bbetween\s+$/iu.exec(before);
      const from = /\bfrom\s+$/iu.exec(before);
      const isAnd = /\band\s*$/iu.test(gap);
      const isOr = /\bor\s*$/iu.test(gap);
      if (RANGE_GAP.test(gap) && (!isAnd || between) && !(from && CHANGE_BEFORE.test(before)) && (!isOr || first.parsed.value < next.parsed.value)) {
        const start = between ? first.start - between[0].length : from ? first.start - from[0].length : first.start;
        groups.push({ members: [first, next], shape: 'range', start, end: next.end });
        i++;
        continue;
      }
      if (LIST_GAP.test(gap)) {
        const members = [first, next];
        let k = i + 2;
        while (k < mentions.length && LIST_GAP.test(text.slice(members[members.length - 1]!.end, mentions[k]!.start))) members.push(mentions[k++]!);
        groups.push({ members, shape: 'list', start: first.start, end: members[members.length - 1]!.end });
        i = k - 1;
        continue;
      }
    }
    groups.push({ members: [first], shape: 'single', start: first.start, end: first.end });
  }
  return groups;
}
