/** Word-level tests shared by the name, organisation and place recognisers. */
import { memoize } from './memo.js';

/** Lower case, accents and dots off: the form lexicons are keyed by ("Gov." → "gov", "U.S." → "us"). */
export function foldWord(word: string): string {
  // Plain ASCII words, the vast majority, need no Unicode work and no cache.
  return isAsciiLetters(word) ? word.toLowerCase() : foldUnusual(word);
}

/** Only ASCII letters, at least one (what `/^[A-Za-z]+$/` tests, without a regex call per word). */
export function isAsciiLetters(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) return false;
  }
  return true;
}

// Patterns with Unicode properties are module constants, never literals inside a function: the CLI
// bundle's esbuild writes every such literal as `new RegExp(…)`, which would build a new pattern object
// at every call (global ones are only used with `replace`, which resets `lastIndex`).
const MARKS = /\p{M}/gu;
const PARTICLE_THEN_CAPITAL = /^(?:(?:al|el|ad|ash|as|at|az|ar|an|ul|bin|ibn|d|l|o|mc|mac)['’-])?\p{Lu}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const NOT_LETTERS = /[^\p{L}]/gu;
const ACRONYM_SHAPE = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,6}$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+$/u;

const foldUnusual = memoize((word: string): string => word.normalize('NFKD').replace(MARKS, '').replace(/[.’']/gu, '').toLowerCase());

/** Starts with a capital letter, allowing Arabic-style particles ("al-Fakhora", "el-Sisi"). */
export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  // Punctuation and digits: neither a particle nor a capital can start them.
  if (first < 128 && !(first >= 97 && first <= 122)) return false;
  // Most words are lower-case ASCII; only those with a particle's apostrophe or hyphen in their first
  // four characters can be "al-Fakhora" and need the pattern.
  if (first >= 97 && first <= 122 && !(particleMark(word, 1) || particleMark(word, 2) || particleMark(word, 3))) return false;
  if (first >= 97 && first <= 122 && !/^(?:al|el|ad|ash|as|at|az|ar|an|ul|bin|ibn|d|l|o|mc|mac)['’-]/.test(word)) return false;
  return PARTICLE_THEN_CAPITAL.test(word);
}

/** An apostrophe or hyphen at `index`, where a particle ("al-", "d'", "ibn-") would end. */
function particleMark(word: string, index: number): boolean {
  // Short words ("a", "in") end before `index`: reading past the end made V8 drop the optimised code.
  if (index >= word.length) return false;
  const code = word.charCodeAt(index);
  return code === 39 || code === 0x2019 || code === 45;
}

/** Starts with a capital letter (what `/^\p{Lu}/u` tests; ASCII without a regex call). */
export function startsUpper(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return UPPER_FIRST.test(text);
}

/** Starts with a lower-case letter (what `/^\p{Ll}/u` tests; ASCII without a regex call). */
export function startsLower(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 128) return first >= 97 && first <= 122;
  return LOWER_FIRST.test(text);
}

/** Every letter is a capital and there are at least two ("IRNA", "U.S.", "G20"). */
export function isAllCaps(word: string): boolean {
  // ASCII words are read character by character; others go through the Unicode letter classes.
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) capitals++;
    else if (code >= 97 && code <= 122) return false;
    else if (code > 127) return isAllCapsUnicode(word);
  }
  return capitals >= 2;
}

function isAllCapsUnicode(word: string): boolean {
  const letters = word.replace(NOT_LETTERS, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** An acronym shape: 2–7 capitals, digits allowed after the first letter, dots allowed ("UNRWA", "G7", "U.S."). */
export function isAcronym(word: string): boolean {
  // Most capitalised words go on in lower case ("Blinken"), which no acronym does: no pattern call.
  // One letter is never an acronym (read past its end, charCodeAt made V8 drop the optimised code).
  if (word.length < 2) return false;
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return ACRONYM_SHAPE.test(word);
}

/** Ends in "'s" or "’s" (what `/['’]s$/u` tests, without a regex call per word). */
export function endsWithPossessive(text: string): boolean {
  const length = text.length;
  if (length < 2 || text.charCodeAt(length - 1) !== 115) return false;
  const mark = text.charCodeAt(length - 2);
  return mark === 39 || mark === 0x2019;
}

const POSSESSIVE = /(?:['’]s|s['’])$/u;

/** "Blinken's" → "Blinken"; "Wednesday's" → "Wednesday"; other words unchanged. */
export function withoutPossessive(word: string): { base: string; possessive: boolean } {
  if (/['’]s$/u.test(word) && word.length > 2) return { base: word.slice(0, -2), possessive: true };
  if (POSSESSIVE.test(word) && word.length > 2) return { base: word.slice(0, -1), possessive: true };
  return { base: word, possessive: false };
}

const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'la', 'le', 'on', 'in', '&']);

/** The initials of a long form, ignoring small words ("U.S. Geological Survey" → "USGS"). */
export function initialsOf(words: readonly string[]): string {
  let initials = '';
  for (const word of words) {
    if (SMALL_WORDS.has(word.toLowerCase())) continue;
    if (DOTTED_LETTERS.test(word)) initials += word.replace(/\./gu, '').toUpperCase();
    else if (isAcronym(word)) initials += word.toUpperCase();
    else for (const part of word.split('-')) if (part !== '') initials += part[0]!.toUpperCase();
  }
  return initials;
}
