import type { Span, Token } from '../../types.js';
import {
  NATIONALITY,
  ORGANIZATION_HEADS,
  PHRASE_STOPS,
  PRONOUNS,
  ROLE_HEADS,
  TITLES,
  VERB_PREFIX,
} from './speaker-lexicon.js';
import { endsWithPossessive, startsUpper } from '../people/words.js';

/** Who a phrase says spoke, before pronouns are resolved. */
export type SpeakerPhraseKind = 'named' | 'anonymous' | 'pronoun';

/** A speaker as written: "a senior US official", "Heydar Alishbandi", "he". */
export interface SpeakerPhrase {
  text: string;
  span: Span;
  kind: SpeakerPhraseKind;
  /** Whether the head names an institution rather than a person ("the agency", "IRNA"). */
  institution: boolean;
}

const lower = (token: Token) => token.text.toLowerCase();
const isWord = (token: Token | undefined): boolean => token?.kind === 'word';
// The scans below test every word of a clause: character tests, not a pattern call per word.
const isCapitalized = startsUpper;
const isAcronym = (text: string) => isCapitalized(text) && (/^(?:\p{Lu}\.?){2,}$/u.test(text) || /^\p{Lu}{2,}[\p{Lu}\d]*$/u.test(text));
/** "Iran's" → "Iran" (what `.replace(/['’]s$/u, '')` does). */
const withoutPossessiveS = (text: string) => (endsWithPossessive(text) ? text.slice(0, -2) : text);
const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'on', 'near', 'with', 'based']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'some', 'several', 'many', 'no', 'others', 'most', 'all', 'both', 'few', 'none', 'this', 'these', 'those']);
// Quantifiers that stand for unnamed people: "others said", "some reported".
const QUANTIFIERS = new Set(['others', 'some', 'many', 'most', 'all', 'both', 'few', 'several']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);
// Participles that modify a speaker ("an unnamed official", "a retired general") rather than end it.
const PARTICIPLE_MODIFIERS = new Set(['unnamed', 'retired', 'elected', 'based', 'appointed', 'acting', 'leading', 'ruling', 'governing', 'united']);

/** The period of an abbreviation inside a phrase ("Gov.", "Colo.", "Mr."), not a sentence end. */
function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i];
  const before = tokens[i - 1];
  return dot?.text === '.' && isWord(before) && before!.span.end === dot.span.start && isCapitalized(before!.text) && before!.text.length <= 5;
}

/** "-ing" forms start a modifier after the head ("an official speaking on condition of anonymity"). */
function isParticiple(token: Token): boolean {
  const text = token.text;
  return text.length > 5 && text.endsWith('ing') && !isCapitalized(text);
}

function isVerbLike(token: Token): boolean {
  if (isCapitalized(token.text)) return false;
  const text = lower(token);
  if (PARTICIPLE_MODIFIERS.has(text)) return false;
  return text.length > 4 && (text.endsWith('ed') || text.endsWith('ing'));
}

/** The head of a phrase: the last word before a prepositional tail ("the governor of X" → governor). */
function headOf(tokens: readonly Token[]): Token | undefined {
  let head: Token | undefined;
  for (const token of tokens) {
    if (!isWord(token)) continue;
    if (head && (PREPOSITIONS.has(lower(token)) || isParticiple(token))) break;
    head = token;
  }
  return head;
}

/** Splits a phrase on "and" so each conjunct has its own head ("IRNA and the USGS"). */
function conjuncts(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (isWord(token) && (lower(token) === 'and' || token.text === '&')) parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** A name is a capitalised word that is not a title, a nationality, or capitalised only by position. */
function isNameWord(token: Token, sentenceStart: number): boolean {
  const text = withoutPossessiveS(token.text);
  const key = text.toLowerCase();
  if (!isCapitalized(text) || TITLES.has(key) || NATIONALITY.has(key)) return false;
  if (token.span.start === sentenceStart && (DETERMINERS.has(key) || ROLE_HEADS.has(key) || ORGANIZATION_HEADS.has(key))) return false;
  return true;
}

/**
 * True when the phrase ends in a name that is not the object of a preposition:
 * "Secretary of State Antony Blinken" and "hospital director Hengky Tewu", not "doctors in Gaza".
 */
function endsWithName(tokens: readonly Token[], sentenceStart: number): boolean {
  let i = tokens.length - 1;
  let names = 0;
  while (i >= 0 && isWord(tokens[i]) && isNameWord(tokens[i]!, sentenceStart) && !ROLE_HEADS.has(lower(tokens[i]!))) {
    names++;
    i--;
  }
  if (names === 0) return false;
  return i < 0 || !PREPOSITIONS.has(lower(tokens[i]!));
}

interface Classified {
  kind: SpeakerPhraseKind;
  institution: boolean;
}

/**
 * Classifies one conjunct, or rejects it when its head cannot speak ("the damage estimated…").
 * Role heads ("official", "doctors") stay anonymous unless a name ends the phrase
 * ("hospital director Hengky Tewu"); institution heads are named by any proper modifier
 * ("the IRNA news agency", "Iran's seismologic center").
 */
function classifyPart(part: readonly Token[], sentenceStart: number): Classified | undefined {
  const head = headOf(part);
  if (!head) return undefined;
  const key = withoutPossessiveS(lower(head));
  if (part.length === 1 && PRONOUNS.has(key)) return { kind: 'pronoun', institution: key === 'it' };
  // "The latter said" points back like a pronoun.
  if ((key === 'latter' || key === 'former') && part.length === 2) return { kind: 'pronoun', institution: false };
  if (QUANTIFIERS.has(key)) return { kind: 'anonymous', institution: false };
  if (head.span.start === sentenceStart && DETERMINERS.has(key)) return undefined;
  if (ROLE_HEADS.has(key)) return { kind: endsWithName(part, sentenceStart) ? 'named' : 'anonymous', institution: false };
  if (ORGANIZATION_HEADS.has(key)) {
    const headIndex = part.indexOf(head);
    // A capitalised first word of the sentence says nothing ("Rescue teams said"), an acronym does.
    const named = part.slice(0, headIndex + 1).some(
      (token) =>
        isWord(token) &&
        ((isNameWord(token, sentenceStart) && (token.span.start !== sentenceStart || endsWithPossessive(token.text))) || (isAcronym(token.text) && !NATIONALITY.has(lower(token)))),
    );
    return { kind: named ? 'named' : 'anonymous', institution: true };
  }
  if (isCapitalized(head.text) && (isNameWord(head, sentenceStart) || isAcronym(head.text))) {
    return { kind: NATIONALITY.has(key) ? 'anonymous' : 'named', institution: isAcronym(head.text) };
  }
  return undefined;
}

/**
 * Words before a name that belong to the sentence, not the speaker ("… to go back Kacong said"):
 * lower-case words with no role, determiner or possessive are dropped.
 */
function trimToName(tokens: readonly Token[], sentenceStart: number): Token[] {
  let i = tokens.length;
  while (i > 0 && isWord(tokens[i - 1]) && isNameWord(tokens[i - 1]!, sentenceStart)) i--;
  if (i === 0 || i === tokens.length) return [...tokens];
  const prefix = tokens.slice(0, i);
  const keeps = prefix.some((token) => {
    const key = lower(token);
    return isCapitalized(token.text) || ROLE_HEADS.has(key) || ORGANIZATION_HEADS.has(key) || DETERMINERS.has(key) || endsWithPossessive(key) || !isWord(token);
  });
  return keeps ? [...tokens] : tokens.slice(i);
}

function phraseOf(tokens: readonly Token[], text: string, textOffset: number, sentenceStart: number): SpeakerPhrase | undefined {
  // Drop leading conjunctions and trailing punctuation the scan may have kept.
  let from = 0;
  let to = tokens.length;
  while (from < to && (!isWord(tokens[from]) || ['and', 'but', 'or'].includes(lower(tokens[from]!)))) from++;
  while (to > from && !isWord(tokens[to - 1]) && tokens[to - 1]!.kind !== 'number') to--;
  // "a prison statement Monday", "officials on Tuesday": the time is not part of the speaker.
  while (to > from + 1 && TIME_WORDS.has(lower(tokens[to - 1]!))) {
    to--;
    if (to > from + 1 && lower(tokens[to - 1]!) === 'on') to--;
  }
  // A participle starts a modifier the speaker does not need: "an official speaking on condition…".
  const participle = tokens.findIndex((token, index) => index > from && isParticiple(token));
  if (participle > 0 && participle < to) to = participle;
  let kept = tokens.slice(from, to);
  // Keep the conjuncts after the last one that cannot speak ("water and electricity connections and officials").
  const parts = conjuncts(kept);
  let classified: Classified | undefined;
  let firstValid = 0;
  parts.forEach((part, index) => {
    const result = classifyPart(part, sentenceStart);
    if (!result) {
      firstValid = index + 1;
      classified = undefined;
    } else if (!classified || (classified.kind !== 'named' && result.kind === 'named')) classified = result;
  });
  if (!classified || firstValid >= parts.length) return undefined;
  if (firstValid > 0) kept = kept.slice(kept.indexOf(parts[firstValid]![0]!));
  if (parts.length === 1) kept = trimToName(kept, sentenceStart);
  const span = { start: kept[0]!.span.start, end: kept[kept.length - 1]!.span.end };
  return { text: text.slice(span.start - textOffset, span.end - textOffset), span, ...classified };
}

/** True when the piece looks like a personal or institutional name: two or more capitalised words. */
function isNamePiece(tokens: readonly Token[]): boolean {
  const words = tokens.filter(isWord);
  return words.length >= 2 && words.every((token) => isCapitalized(token.text) && !NATIONALITY.has(lower(token)));
}

/** The comma that opens a relative clause holding token `i` (", who …"), or -1. */
function relativeClauseStart(tokens: readonly Token[], from: number, i: number): number {
  for (let k = i; k >= from; k--) {
    if (tokens[k]!.text === ',') return isWord(tokens[k + 1]) && RELATIVE.has(lower(tokens[k + 1]!)) ? k : -1;
  }
  return -1;
}

/** Where a scan may look: token indices `[from, to)` of one clause of the sentence. */
export interface ScanBounds {
  tokens: readonly Token[];
  from: number;
  to: number;
  /** Text of the sentence and its article offset, to slice phrase text. */
  text: string;
  offset: number;
}

/**
 * The speaker phrase that ends right before the verb at `verbIndex` ("a senior US official told"),
 * skipping auxiliaries ("has said") and following appositions ("Heydar Alishbandi, governor of the
 * island, said" → the name).
 */
export function speakerBefore(bounds: ScanBounds, verbIndex: number): SpeakerPhrase | undefined {
  const { tokens, from } = bounds;
  let i = verbIndex - 1;
  for (;;) {
    // Auxiliaries and adverbs ("has also said") and a time ("… on Wednesday said") sit between
    // the speaker and the verb.
    while (i >= from && isWord(tokens[i]) && VERB_PREFIX.has(lower(tokens[i]!))) i--;
    if (i - 1 >= from && isWord(tokens[i]) && TIME_WORDS.has(lower(tokens[i]!)) && lower(tokens[i - 1]!) === 'on') i -= 2;
    else if (i >= from && isWord(tokens[i]) && TIME_WORDS.has(lower(tokens[i]!)) && lower(tokens[i]!) !== 'on') i -= 1;
    else break;
  }
  let appositive = false;
  if (i >= from && tokens[i]!.text === ',') {
    appositive = true;
    i--;
  }
  const pieces: Token[][] = [];
  let piece: Token[] = [];
  let scanned = 0;
  for (; i >= from; i--) {
    const token = tokens[i]!;
    if (++scanned > 24) return undefined;
    if (token.text === ',' && appositive) {
      if (piece.length > 0) pieces.push(piece);
      piece = [];
      continue;
    }
    if (isWord(token)) {
      const key = lower(token);
      if (key === 'and' || token.text === '&') {
        const previous = tokens[i - 1];
        if (piece.length > 0 && i - 1 >= from && isWord(previous) && !PHRASE_STOPS.has(lower(previous!)) && !isVerbLike(previous!)) {
          piece.unshift(token);
          continue;
        }
        break;
      }
      if (appositive && RELATIVE.has(key)) {
        // "X, who goes by one name, said": drop the relative clause and keep looking for X.
        piece = [];
        continue;
      }
      if (isParticiple(token) && piece.length > 0 && piece.length <= 6) {
        // "A senior official previewing the trip said": the participle modifies the speaker.
        piece.unshift(token);
        continue;
      }
      // "the damaged area": a participle after a determiner is an adjective.
      const adjective = key.endsWith('ed') && i > from && DETERMINERS.has(lower(tokens[i - 1]!));
      // In an apposition "to" is a preposition ("Israel's ambassador to the UN"), not an infinitive.
      const inApposition = appositive && key === 'to';
      if (!adjective && !inApposition && (PHRASE_STOPS.has(key) || isVerbLike(token))) {
        const clause = appositive ? relativeClauseStart(tokens, from, i) : -1;
        if (clause < 0) break;
        // "X, who goes by one name, said": skip the relative clause and keep looking for X.
        piece = [];
        i = clause;
        continue;
      }
      piece.unshift(token);
      continue;
    }
    if ((token.kind === 'number' && appositive) || isAbbreviationDot(tokens, i)) {
      piece.unshift(token);
      continue;
    }
    break;
  }
  if (piece.length > 0) pieces.push(piece);
  if (pieces.length === 0) return undefined;
  const sentenceStart = bounds.offset;
  // Appositions: prefer the piece that is a name; otherwise the first in reading order.
  const ordered = [...pieces].reverse();
  const chosen = ordered.find(isNamePiece) ?? ordered[0]!;
  return phraseOf(chosen, bounds.text, bounds.offset, sentenceStart);
}

/** The speaker phrase right after an inverted verb (", said local official Jane Doe, …"). */
export function speakerAfter(bounds: ScanBounds, verbIndex: number): SpeakerPhrase | undefined {
  const { tokens, to } = bounds;
  const piece: Token[] = [];
  for (let i = verbIndex + 1; i < to && piece.length < 12; i++) {
    const token = tokens[i]!;
    if (isAbbreviationDot(tokens, i) && isWord(tokens[i + 1]) && isCapitalized(tokens[i + 1]!.text)) {
      piece.push(token);
      continue;
    }
    if (token.kind === 'punct') break;
    if (isWord(token) && (PHRASE_STOPS.has(lower(token)) || (piece.length > 0 && isVerbLike(token)))) break;
    if (token.kind === 'number') break;
    piece.push(token);
  }
  return piece.length > 0 ? phraseOf(piece, bounds.text, bounds.offset, bounds.offset) : undefined;
}

/** The subject at the start of a clause ("The UN protested …, saying" → The UN). */
export function subjectAt(bounds: ScanBounds, index: number): SpeakerPhrase | undefined {
  const { tokens, to } = bounds;
  const piece: Token[] = [];
  for (let i = index; i < to && piece.length < 8; i++) {
    const token = tokens[i]!;
    if (!isWord(token)) break;
    if (PHRASE_STOPS.has(lower(token)) || VERB_PREFIX.has(lower(token)) || isVerbLike(token)) break;
    piece.push(token);
  }
  if (piece.length === 0) return undefined;
  return phraseOf(piece, bounds.text, bounds.offset, bounds.offset);
}
