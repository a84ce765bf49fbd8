/** Word-level tests shared by the name, organisation and place recognisers. */
import { memoize } from './memo.js';

/** Lower case, accents and dots off: the form lexicons are keyed by ("Gov." → "gov", "U.S." → "us"). */
export function foldWord(word: string): string {
  // Plain ASCII words, the vast majority, need no Unicode work and no cache.
  return /^[A-Za-z]+$/u.test(word) ? word.toLowerCase() : foldUnusual(word);
}

const foldUnusual = memoize((word: string): string => word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[.’']/gu, '').toLowerCase());

/** Starts with a capital letter, allowing Arabic-style particles ("al-Fakhora", "el-Sisi"). */
export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122 && !/^(?:al|el|ad|ash|as|at|az|ar|an|ul|bin|ibn|d|l|o|mc|mac)['’-]/.test(word)) return false;
  return /^(?:(?:al|el|ad|ash|as|at|az|ar|an|ul|bin|ibn|d|l|o|mc|mac)['’-])?\p{Lu}/u.test(word);
}

/** Every letter is a capital and there are at least two ("IRNA", "U.S.", "G20"). */
export function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** An acronym shape: 2–7 capitals, digits allowed after the first letter, dots allowed ("UNRWA", "G7", "U.S."). */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(word);
}

const POSSESSIVE = /(?:['’]s|s['’])$/u;

/** "Blinken's" → "Blinken"; "Wednesday's" → "Wednesday"; other words unchanged. */
export function withoutPossessive(word: string): { base: string; possessive: boolean } {
  if (/['’]s$/u.test(word) && word.length > 2) return { base: word.slice(0, -2), possessive: true };
  if (POSSESSIVE.test(word) && word.length > 2) return { base: word.slice(0, -1), possessive: true };
  return { base: word, possessive: false };
}

/** The initials of a long form, ignoring small words ("U.S. Geological Survey" → "USGS"). */
export function initialsOf(words: readonly string[]): string {
  const small = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'la', 'le', 'on', 'in', '&']);
  let initials = '';
  for (const word of words) {
    if (small.has(word.toLowerCase())) continue;
    if (/^(?:\p{L}\.)+$/u.test(word)) initials += word.replace(/\./gu, '').toUpperCase();
    else if (isAcronym(word)) initials += word.toUpperCase();
    else for (const part of word.split('-')) if (part !== '') initials += part[0]!.toUpperCase();
  }
  return initials;
}
