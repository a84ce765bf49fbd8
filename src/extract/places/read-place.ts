import type { Sentence } from '../../types.js';
import { containmentOf, foldPlaceName, gazetteer, type GazetteerEntry } from '../../gazetteer/index.js';
import type { Chunk } from '../people/chunks.js';
import { placeContext, tokenAfter } from '../people/cues.js';
import { COMMON_WORDS } from '../people/lexicon/common-words.js';
import { placeMentionOf, type PlaceMention } from '../people/mentions.js';
import { foldWord } from '../people/words.js';
import { memoize } from '../people/memo.js';
import { DIRECTION_PREFIXES, FEATURE_HEADS, GROUP_ADJECTIVES, MACRO_REGIONS, NAMESAKE_FEATURES, PLACE_NOUNS, PLACE_SUFFIXES } from './lexicon.js';

/** Gazetteer entries for a name (memoised), leaving out ordinary words that happen to name a region somewhere ("Central"). */
export const placeCandidates = memoize(candidatesOf);

function candidatesOf(name: string): readonly GazetteerEntry[] {
  const folded = foldPlaceName(name);
  if (folded === '') return [];
  if (!folded.includes(' ') && (COMMON_WORDS.has(folded) || DIRECTION_PREFIXES.has(folded) || GROUP_ADJECTIVES.has(folded) || FEATURE_HEADS.has(folded) || PLACE_NOUNS.has(folded))) return [];
  return gazetteer().lookup(name);
}

/** "Santa Rosa, California" / "Golden, Colo." / "Capri, Italy": the region or country written after a place. */
export function qualifierAfter(sentence: Sentence, chunk: Chunk): string | undefined {
  const tokens = sentence.tokens;
  let k = tokenAfter(chunk);
  if (chunk.possessive || tokens[k]?.text !== ',') return undefined;
  k++;
  const words: string[] = [];
  while (tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text) && words.length < 3) words.push(tokens[k++]!.text);
  if (words.length === 0) return undefined;
  const places = gazetteer();
  if (words.length === 1 && tokens[k]?.text === '.' && tokens[k]!.span.start === tokens[k - 1]!.span.end) {
    const region = places.regionOfAbbreviation(`${words[0]}.`);
    if (region) return region;
  }
  const abbreviation = words.length === 1 && /^(?:\p{Lu}\.){2,}$/u.test(words[0]!) ? places.regionOfAbbreviation(words[0]!) : undefined;
  if (abbreviation) return abbreviation;
  const next = tokens[k];
  if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && next.text !== 'and') return undefined;
  const entry = placeCandidates(words.join(' ')).find((candidate) => candidate.level !== 'city');
  return entry?.id;
}

function joinWords(text: string, chunk: Chunk, from: number, to: number): string {
  return text.slice(chunk.words[from]!.start, chunk.words[to - 1]!.end);
}

/**
 * A chunk read as a place, with its gazetteer candidates and the context that supports it; undefined
 * when nothing says "place". Deciding between candidates is left to `resolve-place.ts`.
 */
export function readPlace(sentence: Sentence, chunk: Chunk, text: string): PlaceMention | undefined {
  const words = chunk.words;
  const name = text.slice(chunk.start, chunk.end);
  const context = placeContext(sentence, chunk);
  const folded = foldPlaceName(name);
  const base = { sentence: chunk.sentence, start: chunk.start, end: chunk.end, name, context };
  // Adjectives of nations and peoples name no place on their own ("Chinese", "European").
  if (words.length === 1 && (GROUP_ADJECTIVES.has(folded) || gazetteer().countryOfDemonym(name) !== undefined) && placeCandidates(name).every((entry) => entry.level === 'city')) return undefined;
  if (MACRO_REGIONS.has(folded) || MACRO_REGIONS.has(`the ${folded}`)) {
    return placeMentionOf({ ...base, lookupName: name, candidates: [], within: [], cue: 'macro-region' });
  }
  let qualifier = qualifierAfter(sentence, chunk);
  let lookupName = name;
  let feature: string | undefined;
  let candidates = placeCandidates(name);
  const last = foldWord(words[words.length - 1]!.text);
  const first = foldWord(words[0]!.text);
  if (candidates.length === 0 && words.length >= 2 && (PLACE_SUFFIXES.has(last) || FEATURE_HEADS.has(last))) {
    feature = last;
    lookupName = joinWords(text, chunk, 0, words.length - 1);
    candidates = NAMESAKE_FEATURES.has(feature) ? placeCandidates(lookupName) : [];
  } else if (candidates.length === 0 && words.length >= 3 && FEATURE_HEADS.has(first) && words[1]!.text === 'of') {
    feature = first;
    lookupName = joinWords(text, chunk, 2, words.length);
    candidates = NAMESAKE_FEATURES.has(feature) ? placeCandidates(lookupName) : [];
  }
  if (candidates.length === 0 && !feature && words.length >= 2 && DIRECTION_PREFIXES.has(first)) {
    const inner = placeCandidates(joinWords(text, chunk, 1, words.length)).find((entry) => entry.level !== 'city');
    // "Northern California" is part of California; "North Maluku" or "West Papua" may be a province of its own.
    const partOf = /(?:ern|central|upper|lower)$/u.test(first);
    if (inner) return placeMentionOf({ ...base, lookupName: name, candidates: [], within: partOf ? [inner.id, ...containmentOf(inner.id)] : [inner.country], cue: 'direction' });
  }
  if (!chunk.possessive && context === 'strong' && !feature) {
    const next = sentence.tokens[tokenAfter(chunk)];
    if (next && /^\p{Ll}/u.test(next.text) && PLACE_SUFFIXES.has(next.text)) feature = next.text;
  }
  // "Interstate 5", "Route 66": a road or a model, not a place name on its own.
  if (words.length === 1 && sentence.tokens[tokenAfter(chunk)]?.kind === 'number' && !chunk.possessive) return undefined;
  if (qualifier) {
    // A qualifier holds its place; when it holds none of the candidates it was a list ("Oman, Qatar"), not a qualifier.
    const inside = candidates.filter((entry) => entry.id !== qualifier && (containmentOf(entry.id).includes(qualifier!) || entry.country === qualifier));
    if (inside.length > 0) candidates = inside;
    else if (candidates.length > 0) qualifier = undefined;
  }
  if (candidates.length === 0 && !feature && !context && !qualifier) return undefined;
  return placeMentionOf({
    ...base,
    lookupName,
    feature,
    candidates,
    qualifier,
    cue: qualifier ? 'qualifier' : feature ? 'feature' : candidates.length > 0 ? 'gazetteer' : 'context',
  });
}
