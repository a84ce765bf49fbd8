import type { Sentence } from '../../types.js';
import type { Tense, TimeFrame } from './frame.js';
import { clauseTense } from './tense.js';

const CUE_BEFORE =
  /(?:^|[^\w'’-])(since|until|till|before|after|by|from|through|during|in|within|for|over|as\s+of|ahead\s+of|prior\s+to|starting|beginning|throughout|between)\s+$/iu;

const CUE_NAMES: Readonly<Record<string, string>> = {
  till: 'until',
  'ahead of': 'before',
  'prior to': 'before',
  starting: 'from',
  beginning: 'from',
  throughout: 'during',
  'as of': 'as-of',
};

/** The cue word right before an expression ("since", "until", "in" …), normalised. */
export function relationBefore(text: string, start: number): string | undefined {
  const match = CUE_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (!match) return undefined;
  const word = match[1]!.toLowerCase().replace(/\s+/gu, ' ');
  return CUE_NAMES[word] ?? word;
}

/** Words ending in "-est" that are not superlatives. */
const NOT_SUPERLATIVE = 'interest|interests|protest|protests|request|requests|suggest|arrest|arrests|contest|harvest|forest|honest|modest|invest|digest|manifest|conquest|inquest|quest|chest|guest|guests|nest|pest|rest|test|tests|vest|west|midwest|southwest|northwest|unrest|behest|earnest';

/**
 * Superlatives and record words that make "in 14 years" a look-back: "the first … in 14 years",
 * "the tightest … in nearly four years", "the highest-level visit in five years".
 */
export const RECORD_CUE = new RegExp(
  `\\b(?:first|second|third|fourth|fifth|most|least|record|only|last|top-level|(?!(?:${NOT_SUPERLATIVE})\\b)\\p{L}{2,}est(?:-\\p{L}+)?)\\b`,
  'iu',
);
const NEGATION = /\b(?:not|no|never|none|nothing|nobody|without)\b|n['’]t\b/iu;
const PERFECT = /\b(?:has|have|hasn['’]t|haven['’]t)\b(?:\s+\w+){0,3}\s*$/iu;

/**
 * Reads what the words around a duration say about where it sits in time: "the first … in 14
 * years" and "hasn't … for 20 years" look back from now; "within two years" (future) looks ahead.
 */
export function placeDuration(frame: TimeFrame, relation: string | undefined, clauseBefore: string, tense: Tense | undefined, phrase = '', after = ''): TimeFrame {
  if (frame.kind !== 'duration' || frame.lookBack || frame.lookAhead) return frame;
  // "in the final years of his term" names a stretch of something else, not a span up to now.
  if (/^the\s/iu.test(phrase) || /^\s+of\b/iu.test(after)) return frame;
  if (relation === 'in' || relation === 'for' || relation === 'over') {
    if (tense === 'future') return relation === 'for' ? frame : { ...frame, lookAhead: true };
    // The record word must be near: "the first visit … in 14 years", not a "first" three clauses back.
    clauseBefore = clauseBefore.split(/\s+/u).slice(-14).join(' ');
    if (RECORD_CUE.test(clauseBefore) || NEGATION.test(clauseBefore)) return { ...frame, lookBack: true };
    if (relation !== 'in' && PERFECT.test(clauseBefore)) return { ...frame, lookBack: true };
  }
  if (relation === 'within' && tense === 'future') return { ...frame, lookAhead: true };
  return frame;
}

/** Token indexes of a sentence that cover `[start, end)` (offsets into the article). */
export function tokenRange(sentence: Sentence, start: number, end: number): [number, number] {
  const { tokens } = sentence;
  // Tokens come in text order and never overlap, so their ends increase too: the first one that
  // ends after `start` is found by halving, not by reading every token before it.
  let first = 0;
  for (let high = tokens.length; first < high; ) {
    const middle = (first + high) >> 1;
    if (tokens[middle]!.span.end > start) high = middle;
    else first = middle + 1;
  }
  if (first === tokens.length || tokens[first]!.span.start >= end) return [0, -1];
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.span.start < end) last++;
  return [first, last];
}

/** Cue words that point ahead when the clause gives no tense: "ahead of the weekend", "until Tuesday". */
export function futureCueBefore(text: string, start: number): boolean {
  return /(?:^|[^\w'’-])(?:ahead\s+of|until|till|through|by|as\s+(?:early|soon)\s+as)\s+$/iu.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * A deadline granted or moved: "gave the bidder until mid-November", "has extended the loans
 * through January", "postponed the vote to Friday". However the granting is told, the day it
 * grants lies after it.
 */
const DEADLINE_GRANT =
  /(?:^|[^\w'’-])(?:(?:gave|given|give|gives|giving|granted|grant|grants|extended|extend|extends|extending)\b[^.;:!?]{0,70}?\b(?:until|till|through)|(?:postponed|postpone|postpones|delayed|delay|delays|deferred|defer|defers|adjourned|rescheduled|pushed\s+back|moved\s+back)\b[^.;:!?]{0,70}?\b(?:until|till|to))\s+$/iu;

/**
 * Cue words that settle the tense whatever the verb: "a pact effective June 1" names when it takes
 * effect, ahead of the telling ("created an office, effective Feb. 1"); so does a deadline granted.
 */
export function strongCueBefore(text: string, start: number): Tense | undefined {
  if (/(?:^|[^\w'’-])effective\s+(?:as\s+of\s+|from\s+|on\s+)?$/iu.test(text.slice(Math.max(0, start - 24), start))) return 'future';
  return DEADLINE_GRANT.test(text.slice(Math.max(0, start - 110), start)) ? 'future' : undefined;
}

/**
 * Words in the clause that settle the tense when the verbs do not: "if he returns in November" is
 * ahead; "since his last visit in June" is behind.
 */
export function tenseCueBefore(text: string, start: number): Tense | undefined {
  const clause = text.slice(0, start).split(/[;:—–]|,\s+(?=\p{Ll})/u).pop() ?? '';
  const words = clause.split(/\s+/u).slice(-8).join(' ');
  if (/\b(?:since|ago|previous|last|earlier|former|formerly)\b/iu.test(words)) return 'past';
  // "next to the embassy" places, it does not look ahead.
  if (/\b(?:if|unless|once|upcoming|next(?!\s+to\b)|ahead|coming|forthcoming)\b/iu.test(words)) return 'future';
  return undefined;
}

/** Tense of the clause around an expression, read from the sentence's tokens. */
export function tenseAt(sentence: Sentence, start: number, end: number): Tense | undefined {
  const [first, last] = tokenRange(sentence, start, end);
  if (last < first) return undefined;
  return clauseTense(sentence.tokens, first, last);
}
