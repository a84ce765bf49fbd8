import type { QuantityQualifier } from '../../types.js';
import { lastWord } from './last-word.js';

/** Words before a number that bound it, longest first within each qualifier. */
const BEFORE: ReadonlyArray<[QuantityQualifier, string]> = [
  ['at-least', 'at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|a\\s+minimum\\s+of|upwards\\s+of|not\\s+less\\s+than'],
  ['more-than', 'more\\s+than|just\\s+over|well\\s+over|over|above|in\\s+excess\\s+of|exceeding|stronger\\s+than|greater\\s+than|larger\\s+than|higher\\s+than|bigger\\s+than|longer\\s+than|deeper\\s+than'],
  ['nearly', 'nearly|almost|close\\s+to|just\\s+under|just\\s+shy\\s+of|just\\s+below'],
  ['about', 'about|around|approximately|roughly|some|an\\s+estimated|estimated|approx\\.|circa|an\\s+approximate'],
  ['up-to', 'up\\s+to|as\\s+many\\s+as|as\\s+much\\s+as|at\\s+most|no\\s+more\\s+than|a\\s+maximum\\s+of'],
  ['less-than', 'fewer\\s+than|less\\s+than|under|below|weaker\\s+than|smaller\\s+than|lower\\s+than|shorter\\s+than'],
  ['exactly', 'exactly|precisely|a\\s+total\\s+of|only|just'],
];

const BEFORE_PATTERN = new RegExp(
  `(?<![\\p{L}])(${BEFORE.map(([, words]) => words).join('|')})\\s+$`,
  'iu',
);
const BY_WORDS: ReadonlyArray<[QuantityQualifier, RegExp]> = BEFORE.map(([qualifier, words]) => [qualifier, new RegExp(`^(?:${words})$`, 'iu')]);

/** Words after a number that bound it: "10 or more", "50 or so", "40-plus". */
const AFTER_PATTERN = /^(?:\s+or\s+(more|so|fewer|less)\b|-?(plus)\b|\+)/iu;

export interface QualifierMatch {
  qualifier: QuantityQualifier;
  /** Offset where the qualifier words start (the number's start when there are none). */
  start: number;
}

// The last word of every qualifier above: anything else before a number cannot be one.
const LAST_WORDS = new Set(
  `least than of over above exceeding nearly almost to under about around approximately roughly some estimated approx.
  circa approximate as most maximum below exactly precisely total only just`.split(/\s+/u),
);

/** The qualifier that ends right before `position` in `text`, if any. */
export function qualifierBefore(text: string, position: number): QualifierMatch | undefined {
  const last = lastWord(text, position);
  if (!last || !LAST_WORDS.has(last.word)) return undefined;
  const window = text.slice(Math.max(0, position - 40), position);
  const match = BEFORE_PATTERN.exec(window);
  if (!match) return undefined;
  const words = match[1]!.replace(/\s+/gu, ' ');
  const qualifier = BY_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
  return qualifier ? { qualifier, start: position - match[0].length } : undefined;
}

/** The qualifier written right after a number ("or more"), with its length. */
export function qualifierAfter(text: string, position: number): { qualifier: QuantityQualifier; length: number } | undefined {
  const match = AFTER_PATTERN.exec(text.slice(position, position + 12));
  if (!match) return undefined;
  const word = (match[1] ?? match[2] ?? '+').toLowerCase();
  const qualifier: QuantityQualifier = word === 'so' ? 'about' : word === 'fewer' || word === 'less' ? 'up-to' : 'at-least';
  return { qualifier, length: match[0].length };
}

/** Bounds implied by a qualifier on a single value. */
export function boundsOf(qualifier: QuantityQualifier, amount: number): { low?: number; high?: number } {
  switch (qualifier) {
    case 'at-least':
    case 'more-than':
      return { low: amount };
    case 'nearly':
    case 'up-to':
    case 'less-than':
      return { high: amount };
    default:
      return {};
  }
}
