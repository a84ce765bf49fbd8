/** What marks a number as no quantity: a date, a time, an age, a label. */
import { anyOf } from './pattern-union.js';

// Month names are matched capitalised only: "may" and "march" are also ordinary words.
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\.?`;

/**
 * Numbers that are no quantity, recognised by what stands right before and after them: clock
 * times, dates, years, ordinals, fractions, phone numbers, section numbers, decades and ages.
 * Anchored tests on a few characters, so the cost stays with the numbers, not the sentence.
 * Listed one by one, grouped by their flags; each group is tested as one pattern (`anyOf`), which
 * matches exactly when one of its patterns does: two pattern calls per side instead of nine and eight.
 */
export const AFTER_NOT_CASED: readonly RegExp[] = [
  /^[:.]\d{2}(?!\d)/u, // 2:09, 7.48 (clock)
  /^s\b/u, // 1990s
  /^\s?\/\s?\d/u, // 1 / 3
  /^\s?(?<separator>[/.-])\s?\d{1,2}\s?\k<separator>\s?\d{2,4}(?!\d)/u, // 03 / 14 / 2013
  /^[\s.-]\d{3,4}[\s.-]\d{3,4}\b/u, // phone
  new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![\p{L}])`, 'u'), // 14 March
];
export const AFTER_NOT_ANY_CASE: readonly RegExp[] = [
  /^\s*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu,
  /^(?:st|nd|rd|th)\b/iu, // 2nd, 14th
  /^[-\s]years?[-\s]olds?\b/iu, // 10-year-old
];
export const BEFORE_NOT_CASED: readonly RegExp[] = [
  /\d\s?\/\s?$/u,
  /\d:$/u, // the minutes of 2:09
  /\d{1,4}\s?[/.-]\s?(?:\d{1,2}\s?[/.-]\s?)?$/u,
  /\d{2,4}[\s.-](?:\d{3,4}[\s.-])?$/u,
  new RegExp(String.raw`\b${MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$`, 'u'), // March 14 / March 14, 2013 / March 2013
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+$`, 'u'), // 14 March 2013
];
export const BEFORE_NOT_ANY_CASE: readonly RegExp[] = [
  /(?:^|[^\p{L}])(?:no\.|number|nos\.|#|route|highway|interstate|flight|section|article|chapter|resolution|room|page|level|category|grade|phase|stage|platform|gate|terminal|line)\s*$/iu,
  /\b(?:aged?|ages)\s+(?:from\s+|between\s+)?(?:[\p{L}\d]+\s+(?:to|and|-)\s+)?$/iu,
];

const AFTER_NOT = anyOf(AFTER_NOT_CASED, 'u');
const AFTER_NOT_ANY = anyOf(AFTER_NOT_ANY_CASE, 'iu');
const BEFORE_NOT = anyOf(BEFORE_NOT_CASED, 'u');
const BEFORE_NOT_ANY = anyOf(BEFORE_NOT_ANY_CASE, 'iu');
const YEAR = /^(?:1[89]|20)\d{2}$/u;
const YEAR_BEFORE = /(?:^\s*|\b(?:in|since|of|by|from|until|till|during|before|after|early|late|mid|the|and|to|between|summer|winter|spring|autumn|fall|year|'s)\s+)$/iu;
const CLOCK = /^(?:[01]\d|2[0-3])[0-5]\d$/u;
const ZERO_DAY = /^[-\s]days?\b/iu;
const CLOCK_AFTER = /^\s*(?:\(|GMT|UTC|hrs\b|hours\s+(?:GMT|local)|local\s+time)/u;

/** Whether the number written at `[start, end)` is a date, a time, an age or a label, not a quantity. */
export function isNotQuantity(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  if (AFTER_NOT.test(after) || AFTER_NOT_ANY.test(after) || BEFORE_NOT.test(before) || BEFORE_NOT_ANY.test(before)) return true;
  if (YEAR.test(written) && YEAR_BEFORE.test(before)) return true;
  if (CLOCK.test(written) && (CLOCK_AFTER.test(after) || /\b(?:at|\()\s*$/u.test(before))) return true;
  // A "zero-day" (or "zero day") is a software flaw unknown to its maker, not a duration.
  if (ZERO_DAY.test(after) && written.toLowerCase() === 'zero') return true;
  return false;
}
