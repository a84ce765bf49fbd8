import { foldName } from '../../reconcile/rules/name-variant.js';
import { CHINESE_SURNAMES } from './lexicon/given-names.js';
import { memoize } from './memo.js';
import { foldWord, isAsciiLetters } from './words.js';

// Pinyin syllables: an optional initial and a final. Enough to tell "Jinping" from "Jordan".
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ui|ao|ou|iu|ie|ue|ve|er|an|en|in|un|ia|ua|uo|a|o|e|i|u|v)$/u;

function splitsIntoSyllables(word: string, depth = 0): boolean {
  if (word === '') return depth > 0;
  if (depth >= 3) return false;
  for (let length = Math.min(6, word.length); length >= 1; length--) {
    if (SYLLABLE.test(word.slice(0, length)) && splitsIntoSyllables(word.slice(length), depth + 1)) return true;
  }
  return false;
}

/** Given-name words written in pinyin ("Jinping", "Yi", "Wen-bin"): one to three syllables each. */
export function isPinyinName(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 2) return false;
  return words.every((word) => word.split('-').every((part) => splitsIntoSyllables(foldWord(part))));
}

/** The parts of a person's name that coreference and cross-article linking compare. */
export interface NameParts {
  /** Folded full name ("antony blinken"). */
  full: string;
  /** Folded family name ("blinken"; "xi" for "Xi Jinping"). */
  surname: string;
  /** Folded given names, in written order. */
  given: string[];
  familyFirst: boolean;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Reads a name: family name last, except Chinese names written family name first ("Wang Yi"). */
export function nameParts(words: readonly string[]): NameParts {
  return partsOf(words.join(' '));
}

/**
 * `nameParts` of a name whose words are already joined by single spaces (a canonical name, a chunk's
 * text): no split and join again, and the string's hash, computed once, serves every lookup.
 */
export function namePartsOfJoined(name: string): NameParts {
  return partsOf(name);
}

// Names recur in every sentence of an article: read each once.
const partsOf = memoize((name: string): NameParts => readParts(name.split(' ')));

/** `foldName` of one word; a word of plain ASCII letters, nearly every one, only needs lower case (what `foldName` gives it). */
function foldNameWord(word: string): string {
  return isAsciiLetters(word) ? word.toLowerCase() : foldName(word);
}

function readParts(words: readonly string[]): NameParts {
  const folded = words.map(foldNameWord).filter((word) => word !== '' && !SUFFIXES.has(word.replace(/\./gu, '')));
  const full = folded.join(' ');
  if (folded.length >= 2 && CHINESE_SURNAMES.has(folded[0]!) && isPinyinName(words.slice(1))) {
    return { full, surname: folded[0]!, given: folded.slice(1), familyFirst: true };
  }
  return { full, surname: folded[folded.length - 1] ?? '', given: folded.slice(0, -1), familyFirst: false };
}
