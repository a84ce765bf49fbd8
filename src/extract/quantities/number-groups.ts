import type { Span } from '../../types.js';
import { NUMBER_PATTERN, parseNumber, roundNumber, type ParsedNumber } from './number-words.js';

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

// Month names are matched capitalised only: "may" and "march" are also ordinary words.
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\.?`;

/**
 * Text that holds digits but no quantity: dates, clock times, phone numbers, ages, fractions of
 * units per time ("9 mm / yr"), ordinals and section numbers. Numbers inside are skipped.
 */
const NOT_QUANTITIES = new RegExp(
  [
    String.raw`\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?![\d])`,
    String.raw`\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])`,
    String.raw`\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:\(|GMT|UTC|hrs\b|hours\s+(?:GMT|local)|local\s+time)`,
    String.raw`\(\s*\d{3,4}\s*(?:GMT|UTC)\b`,
    String.raw`\bat\s+(?:[01]\d|2[0-3])[0-5]\d\b`,
    String.raw`\b\d{1,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}\b`,
    String.raw`\+?\(?\b\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b`,
    String.raw`\b\d+(?:st|nd|rd|th)\b`,
    String.raw`\b[\p{L}\d]+[-\s]years?[-\s]olds?\b`,
    String.raw`\b(?:aged?|ages)\s+(?:from\s+|between\s+)?[\p{L}\d]+(?:\s+(?:to|and|-)\s+[\p{L}\d]+)?`,
    String.raw`\b\d+\s?/\s?\d+\b`,
    String.raw`\b(?:no\.|number|nos\.|#|route|highway|interstate|flight|section|article|chapter|resolution|room|page|level|category|grade|phase|stage|platform|gate|terminal|line)\s*\d+\b`,
    String.raw`\b\d{1,4}s\b`,
    String.raw`\b(?:in|since|of|by|from|until|till|during|before|after|early|late|mid|the|and|to|between|summer|winter|spring|autumn|fall|year|'s)\s+(?:1[89]|20)\d{2}\b(?![,.]\d)`,
    String.raw`^\s*(?:1[89]|20)\d{2}\b(?![,.]\d)`,
  ].join('|'),
  'giu',
);

const DATES = new RegExp(
  [
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![\p{L}])(?:,?\s+\d{4})?`,
    String.raw`\b${MONTH}\s+\d{4}\b`,
  ].join('|'),
  'gu',
);

function maskedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [NOT_QUANTITIES, DATES]) {
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index!, end: match.index! + match[0].length });
  }
  return spans;
}

const SCALE_AFTER = /^(?:\s+|-)(hundred|thousand|million|billion|trillion)\b/iu;
const SCALE_FACTORS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The numbers of a sentence, outside dates, times and other non-quantities. */
export function findNumbers(text: string, excluded: readonly Span[] = []): NumberMention[] {
  const masked = [...maskedSpans(text), ...excluded];
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const start = match.index!;
    let end = start + match[0].length;
    if (masked.some((span) => span.start < end && start < span.end)) continue;
    const parsed = parseNumber(match[0]);
    if (!parsed) continue;
    if (parsed.digits) {
      const scale = SCALE_AFTER.exec(text.slice(end, end + 12));
      if (scale) {
        parsed.value = roundNumber(parsed.value * SCALE_FACTORS[scale[1]!.toLowerCase()]!);
        end += scale[0].length;
      }
    }
    const glued = start > 0 && /[\p{L}]/u.test(text[start - 1]!);
    mentions.push({ start, end, parsed, glued });
  }
  return mentions;
}

// What may stand between the two ends of a range: an optional unit, then "to", "-", "or".
const RANGE_GAP = /^\s*(?:%|[\p{L}°.]{1,12}\s*)?(?:to|-|–|—|or|and)\s*$/iu;
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
