import type { Sentence, Token } from '../../types.js';
import { BEARINGS, PLACE_NOUNS, PLACE_PREPOSITIONS, PLACE_SUFFIXES } from '../places/lexicon.js';
import type { Chunk } from './chunks.js';
import { SPEECH_VERBS } from './lexicon/speech.js';
import { ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/titles.js';
import { foldWord, startsLower, startsUpper } from './words.js';

/**
 * Context around a chunk that tells what it names: verbs of saying, appositives ("X, 22, a
 * homemaker"; "his counterpart, X"), role nouns ("spokesman X"), place words ("the village of X").
 */

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'then', 'also', 'now', 'another', 'one', 'former', 'longtime', 'veteran']);
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', '(', ')', '"', '“', '”']);

/** Index of the first token after the chunk (a possessive word counts as inside). */
export function tokenAfter(chunk: Chunk): number {
  return chunk.words[chunk.words.length - 1]!.token + 1;
}

export function tokenBefore(chunk: Chunk): number {
  return chunk.words[0]!.token - 1;
}

const lower = (token: Token | undefined) => (token ? token.text.toLowerCase() : '');

/** The texts of `tokens[first..last]` (both included) joined by single spaces, without slicing the tokens. */
function joinedTexts(tokens: readonly Token[], first: number, last: number): string {
  let text = tokens[first]!.text;
  for (let k = first + 1; k <= last; k++) text += ` ${tokens[k]!.text}`;
  return text;
}

const INVERTED_SPEECH = new Set(['said', 'says', 'added', 'asked', 'wrote']);
const INVERTED_SPEECH_OPENERS = new Set([',', '"', '”', "'", '’']);

/** "X said", "X told", "said X", "according to X". */
export function hasSpeechCue(sentence: Sentence, chunk: Chunk): boolean {
  if (chunk.possessive) return false;
  const tokens = sentence.tokens;
  const after = tokenAfter(chunk);
  // Each neighbour lowered once: this runs for most chunks of a run.
  const next = lower(tokens[after]);
  if (SPEECH_VERBS.has(next)) return true;
  // "X, who …" and "X also said" count too.
  if (next === 'also' && SPEECH_VERBS.has(lower(tokens[after + 1]))) return true;
  const before = tokenBefore(chunk);
  const previous = lower(tokens[before]);
  // Inverted attribution follows a quote or a comma (", said X"); "the UN said Karni …" is reported speech about Karni.
  if (INVERTED_SPEECH.has(previous) && INVERTED_SPEECH_OPENERS.has(tokens[before - 1]?.text ?? '')) return true;
  return previous === 'to' && lower(tokens[before - 1]) === 'according';
}

/** "X, who …": only people take "who". */
export function hasWhoCue(sentence: Sentence, chunk: Chunk): boolean {
  const after = tokenAfter(chunk);
  return !chunk.possessive && sentence.tokens[after]?.text === ',' && lower(sentence.tokens[after + 1]) === 'who';
}

/** "X, 22, …": an age after a name. */
export function hasAgeCue(sentence: Sentence, chunk: Chunk): boolean {
  const tokens = sentence.tokens;
  const after = tokenAfter(chunk);
  if (chunk.possessive || tokens[after]?.text !== ',') return false;
  const number = tokens[after + 1];
  if (number?.kind !== 'number' || !/^\d{1,3}$/u.test(number.text) || Number(number.text) > 120) return false;
  const next = tokens[after + 2];
  return next === undefined || CLAUSE_ENDS.has(next.text) || /^(?:years?|and)$/u.test(next.text);
}

/** A role phrase found next to a name: its words and its head noun. */
export interface RoleCue {
  /** The phrase without its determiner ("Chinese Communist Party secretary for Shanghai"). */
  start: number;
  end: number;
  head: string;
  /** Lower-case title words right before the head ("senior fellow", "foreign policy chief"). */
  title: string;
}

const PREPOSITIONS = new Set(['of', 'for', 'at', 'by', 'in', 'on', 'with', 'from', 'to', 'since', 'after', 'before', 'during', 'than']);

/** The role noun heading a phrase: it comes before the phrase's first preposition ("secretary for Shanghai", not "the first by a secretary"). */
function roleInRange(tokens: readonly Token[], from: number, to: number, capitalised = false): RoleCue | undefined {
  for (let k = from; k <= to; k++) {
    if (PREPOSITIONS.has(lower(tokens[k]))) return undefined;
    const word = foldWord(tokens[k]!.text);
    if (tokens[k]!.kind !== 'word' || !ROLE_NOUNS.has(word) || (!capitalised && startsUpper(tokens[k]!.text))) continue;
    let first = k;
    while (first > from && TITLE_MODIFIERS.has(foldWord(tokens[first - 1]!.text))) first--;
    const title = joinedTexts(tokens, first, k);
    return { start: tokens[from]!.span.start, end: tokens[to]!.span.end, head: word, title };
  }
  return undefined;
}

const PHRASE_BREAKS = new Set(['and', 'or', 'but', 'who', 'which']);

/** "X, the party secretary for Shanghai, …" / "X, a senior fellow at …": a role after the name. */
export function roleAfter(sentence: Sentence, chunk: Chunk): RoleCue | undefined {
  const tokens = sentence.tokens;
  const after = tokenAfter(chunk);
  if (chunk.possessive || tokens[after]?.text !== ',') return undefined;
  let from = after + 1;
  if (tokens[from]?.kind === 'number') from += 2; // "X, 22, a homemaker"
  // "X, Governor of Y, said", "X, director of the centre,": an office with no article.
  const bareTitle = TITLE_HEADS.has(foldWord(tokens[from]?.text ?? '')) || (TITLE_MODIFIERS.has(foldWord(tokens[from]?.text ?? '')) && TITLE_HEADS.has(foldWord(tokens[from + 1]?.text ?? '')));
  if (!bareTitle && !DETERMINERS.has(lower(tokens[from]))) return undefined;
  const phraseFrom = bareTitle ? from : from + 1;
  let to = phraseFrom;
  while (to < tokens.length && to - phraseFrom < 12 && !CLAUSE_ENDS.has(tokens[to]!.text) && !SPEECH_VERBS.has(lower(tokens[to])) && !PHRASE_BREAKS.has(lower(tokens[to]))) to++;
  // "…with Israel, the official said" is an attribution; "Tzipi Livni, the foreign minister, said" (name first) an appositive.
  if (to - 1 < phraseFrom || (SPEECH_VERBS.has(lower(tokens[to])) && !chunk.initial && chunk.words[0]!.token !== 0)) return undefined;
  return roleInRange(tokens, phraseFrom, to - 1, bareTitle);
}

/** "his counterpart, X" / "the governor of the province, X": a role just before the name. */
export function roleBeforeAppositive(sentence: Sentence, chunk: Chunk): RoleCue | undefined {
  const tokens = sentence.tokens;
  const comma = tokenBefore(chunk);
  if (tokens[comma]?.text !== ',') return undefined;
  const next = tokens[tokenAfter(chunk)];
  if (next && !CLAUSE_ENDS.has(next.text) && !SPEECH_VERBS.has(lower(next))) return undefined;
  for (let k = comma - 1; k >= 0 && comma - k <= 12; k--) {
    if (CLAUSE_ENDS.has(tokens[k]!.text)) return undefined;
    // "the governor of the province, X", "Israel's defence minister, X"; when the phrase has no role
    // noun yet ("the provincial disaster service"), its head may come further back ("the head of …").
    if (DETERMINERS.has(lower(tokens[k])) || /['’]s$/u.test(tokens[k]!.text)) {
      const role = roleInRange(tokens, k + 1, comma - 1);
      if (role) return role.head !== 'official' ? role : undefined;
    }
  }
  return undefined;
}

/** "spokesman X", "provincial disaster chief X", "former president X": a lower-case role right before. */
export function roleBefore(sentence: Sentence, chunk: Chunk): RoleCue | undefined {
  const tokens = sentence.tokens;
  const before = tokenBefore(chunk);
  const token = tokens[before];
  if (!token || token.kind !== 'word' || startsUpper(token.text)) return undefined;
  const word = foldWord(token.text);
  if (!ROLE_NOUNS.has(word) || word === 'officials' || word === 'member') return undefined;
  let first = before;
  while (first > 0 && tokens[first - 1]!.kind === 'word' && startsLower(tokens[first - 1]!.text) && TITLE_MODIFIERS.has(foldWord(tokens[first - 1]!.text)) && !PREPOSITIONS.has(tokens[first - 1]!.text) && tokens[first - 1]!.text !== 'under') first--;
  return {
    start: tokens[first]!.span.start,
    end: token.span.end,
    head: word,
    title: joinedTexts(tokens, first, before),
  };
}

const DISTANCE_AFTER = /^,\s+(?:(?:about|some|approximately|roughly|nearly|around|just)\s+)?[\w-]+\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:(?:north|south|east|west)[\w-]*\s+of|from)\b/iu;

const LIST_INTRODUCERS = new Set(['were', 'are', 'was', 'is', 'include', 'included', 'including', 'as', 'namely', ':', 'like', 'such']);
const PLURAL_PLACE_NOUNS = new Set(['villages', 'towns', 'cities', 'islands', 'provinces', 'districts', 'communities', 'regions', 'counties', 'states', 'areas', 'settlements', 'hamlets', 'suburbs', 'neighbourhoods', 'neighborhoods']);

/** "the villages were X", "the worst-hit towns included X", "villages such as X". */
function listedAfterPlaceNoun(tokens: readonly Token[], before: number): boolean {
  let introduced = false;
  for (let k = before; k >= 0 && before - k < 6; k--) {
    const word = lower(tokens[k]);
    if (LIST_INTRODUCERS.has(word)) introduced = true;
    else if (PLURAL_PLACE_NOUNS.has(word)) return introduced;
    else if (tokens[k]!.kind !== 'word' || startsUpper(tokens[k]!.text)) return false;
  }
  return false;
}

const MODIFIED_PLACE_HEADS = new Set(['camp', 'crossing', 'port']);
const PLACE_BEFORE_COMMA = new Set(['capital', 'city', 'town', 'port']);

/** How strongly the context says "place": a place noun or suffix is strong, a bare preposition weak. */
export type PlaceContext = 'strong' | 'weak' | undefined;

/** "the village of X", "X island", "X province", "X, Iran" (strong); "in X", "near X" (weak). */
export function placeContext(sentence: Sentence, chunk: Chunk): PlaceContext {
  const tokens = sentence.tokens;
  const before = tokenBefore(chunk);
  const after = tokenAfter(chunk);
  const next = tokens[after];
  const lowerNext = !chunk.possessive && next?.kind === 'word' && startsLower(next.text);
  if (lowerNext && PLACE_SUFFIXES.has(next.text)) return 'strong';
  // "Jabaliya refugee camp", "Gaza border crossing": one modifier before a place head.
  if (lowerNext && MODIFIED_PLACE_HEADS.has(lower(tokens[after + 1]))) return 'strong';
  // The two words before, lowered once each (this runs for most chunks of a run).
  const previous = lower(tokens[before]);
  const second = lower(tokens[before - 1]);
  if (previous === 'of' && (PLACE_NOUNS.has(second) || BEARINGS.has(second))) return 'strong';
  if (listedAfterPlaceNoun(tokens, before)) return 'strong';
  if (previous === 'of' && second === 'the' && PLACE_NOUNS.has(lower(tokens[before - 2]))) return 'strong';
  if (tokens[before]?.text === ',' && PLACE_BEFORE_COMMA.has(second)) return 'strong';
  // "centred in X, about 20 miles north of Y": a place located by a distance.
  if (!chunk.possessive && next?.text === ',' && DISTANCE_AFTER.test(sentence.text.slice(chunk.end - sentence.span.start, chunk.end - sentence.span.start + 48))) return 'strong';
  if (PLACE_PREPOSITIONS.has(previous)) return 'weak';
  return undefined;
}
