import type { TimeFrame, Occurrence } from '../frame.js';

/** Where a rule matched: the sentence text and the match. */
export interface RuleMatch {
  match: RegExpExecArray;
  /** The sentence the rule runs over. */
  text: string;
}

/**
 * One pattern of our grammar, the way chrono's parsers are: a regular expression that proposes a
 * span, and a builder that reads the frame from it (or rejects the match by returning undefined).
 */
export interface TimeRule {
  name: string;
  /** Global, case-insensitive. The whole match is the span unless `span` narrows it. */
  pattern: RegExp;
  /**
   * Words the pattern cannot match without (lower case; see `readWords`). The rule runs only
   * on sentences holding one: most sentences have no time expression, and this keeps them from
   * paying for every pattern.
   */
  keywords: readonly string[];
  build(input: RuleMatch): TimeFrame | undefined;
  /** The expression's `[start, end)` inside the sentence when it is narrower than the match. */
  span?(input: RuleMatch): [number, number];
}

/**
 * TimeML leaves the article out when the expression is a hyphenated modifier: "the [third-quarter]
 * profit", "the [two-year] term" — but keeps it in "the third quarter".
 */
export function withoutArticleBeforeModifier({ match }: RuleMatch): [number, number] {
  const start = match.index;
  const end = start + match[0].length;
  const article = /^the\s+/iu.exec(match[0]);
  if (!article) return [start, end];
  const rest = match[0].slice(article[0].length);
  return /^\S+-\S+$/u.test(rest) ? [start + article[0].length, end] : [start, end];
}

/** `#year`, `#ends-in-0` and `#hhmm` (a possible 24-hour time) for the digits a word starts with ("2010", "1990s", "1353"). */
function numberMarkers(word: string, visit: (word: string) => void): void {
  // Most words start with a letter: a character test spares them a regular expression.
  if (!isDigit(word.charCodeAt(0))) return;
  const digits = /^\d+/u.exec(word)![0];
  if (digits.length === 4 && (digits.startsWith('1') ? digits.charCodeAt(1) >= 53 : digits.startsWith('20'))) visit('#year');
  if (digits.endsWith('0')) visit('#ends-in-0');
  if (digits.length === 4 && Number(digits.slice(0, 2)) < 24 && Number(digits.slice(2)) < 60) visit('#hhmm');
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Sticky, read with `test`: a word is found without a match array, and its lower case is a slice
// of the sentence's, not a string of its own made from another (a 25 MB article has millions).
const WORD_AT = /[\p{L}\d]+(?:['’.\-/][\p{L}\d]+)*/uy;
const BETWEEN_WORDS = /[^\p{L}\d]*/uy;
const JOINER = /['’.\-/]/u;

/**
 * The text in lower case when each word's lower case is its slice of it: the lengths agree ("İ"
 * lowers to two characters) and no capital sigma is there, whose lower case depends on the letters
 * around it ("ΟΔΟΣ" ends in "ς"). Undefined otherwise: each word is then lowered on its own.
 */
function lowerBySlices(text: string): string | undefined {
  const lower = text.toLowerCase();
  return lower.length === text.length && !text.includes('Σ') ? lower : undefined;
}

/**
 * Reads a sentence's words in one pass: `visit` gets each word in lower case — hyphenated and
 * possessive words also split into their parts ("two-year" → "two", "year") — plus markers:
 * `#year` for a four-digit number from 1500 to 2099, `#ends-in-0` for a number ending in 0 (a
 * decade: "1990s", "'90s"), `#hhmm` for four digits that read as a 24-hour time ("1353"). Returns
 * the offsets where an expression may start: word starts, and
 * after a hyphen or slash inside a word ("mid-2012").
 */
export function readWords(text: string, visit: (word: string) => void): number[] {
  const starts: number[] = [];
  const lowerText = lowerBySlices(text);
  let at = 0;
  for (;;) {
    BETWEEN_WORDS.lastIndex = at;
    BETWEEN_WORDS.test(text);
    at = BETWEEN_WORDS.lastIndex;
    WORD_AT.lastIndex = at;
    if (at >= text.length || !WORD_AT.test(text)) break;
    const end = WORD_AT.lastIndex;
    // Pushed in increasing order, so the offsets need no sorting: a leading apostrophe ("'90s")
    // belongs to the expression, and no word ends with one, so it lies after the last word's offsets.
    if (at > 0 && (text[at - 1] === "'" || text[at - 1] === '’')) starts.push(at - 1);
    starts.push(at);
    const lower = lowerText === undefined ? text.slice(at, end).toLowerCase() : lowerText.slice(at, end);
    visit(lower);
    numberMarkers(lower, visit);
    if (JOINER.test(lower)) {
      for (let i = at + 1; i < end - 1; i++) if (text[i] === '-' || text[i] === '/') starts.push(i + 1);
      for (const part of lower.split(/['’.\-/]+/u)) {
        if (!part) continue;
        visit(part);
        numberMarkers(part, visit);
      }
    }
    at = end;
  }
  return starts;
}

/** Compiles a rule pattern: word-bounded, global and case-insensitive. */
export function rx(source: string): RegExp {
  return new RegExp(`(?<![\\w'’-])(?:${source})(?![\\w’]|'\\w)`, 'gi');
}

/** TimeML `mod` of a pre-modifier: "early" → START, "mid" → MID, "late" → END. */
export function partMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/gu, ' ');
  if (/^(?:early|the (?:beginning|start|dawn) of|the first half of|the turn of)$/u.test(w)) return 'START';
  if (/^(?:mid|middle|the middle of|the height of)$/u.test(w)) return 'MID';
  if (/^(?:late|the end of|the close of|the second half of|the latter half of|the latter part of)$/u.test(w)) return 'END';
  return undefined;
}

/** TimeML `mod` of an approximator before a quantity. */
export function quantityMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/gu, ' ');
  if (/^(?:about|around|approximately|roughly|some|nearly|almost|close to|or so|an estimated|more or less|the better part of)$/u.test(w)) return 'APPROX';
  if (/^(?:more than|over|upwards of|just over|well over|a little over|a little more than|longer than)$/u.test(w)) return 'MORE_THAN';
  if (/^(?:less than|under|just under|fewer than|shorter than|barely)$/u.test(w)) return 'LESS_THAN';
  if (/^(?:at least|no less than|no fewer than|at a minimum)$/u.test(w)) return 'EQUAL_OR_MORE';
  if (/^(?:at most|up to|no more than|not more than|within)$/u.test(w)) return 'EQUAL_OR_LESS';
  return undefined;
}

/** Pattern source of the approximators `quantityMod` knows. */
export const QUANTITY_MOD_PATTERN =
  'about|around|approximately|roughly|some|nearly|almost|close\\s+to|more\\s+than|over|upwards\\s+of|just\\s+over|well\\s+over|a\\s+little\\s+over|a\\s+little\\s+more\\s+than|less\\s+than|under|just\\s+under|fewer\\s+than|barely|at\\s+least|no\\s+less\\s+than|at\\s+most|up\\s+to|no\\s+more\\s+than|not\\s+more\\s+than|an\\s+estimated|the\\s+better\\s+part\\s+of';

/** Which occurrence a determiner picks: "last" → previous, "next"/"coming" → following, "this" → current. */
export function occurrenceOf(word: string | undefined): Occurrence {
  const w = word?.toLowerCase();
  if (w === 'last' || w === 'past' || w === 'previous') return 'previous';
  if (w === 'next' || w === 'coming' || w === 'following') return 'following';
  if (w === 'this' || w === 'current') return 'current';
  return 'tense';
}

/** True when the word starts with a capital letter (or the whole text is in capitals, as in headlines). */
export function capitalised(word: string, text: string): boolean {
  if (/^\p{Lu}/u.test(word)) return true;
  return text === text.toUpperCase() && /\p{L}/u.test(text);
}

/** A frame with nothing stated yet. */
export function frame(kind: TimeFrame['kind'], fields: Omit<Partial<TimeFrame>, 'kind'> = {}): TimeFrame {
  return { kind, stated: [], ...fields };
}
