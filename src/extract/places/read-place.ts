import type { Sentence } from '../../types.js';
import { containmentOf, foldPlaceName, gazetteer, type GazetteerEntry } from '../../gazetteer/index.js';
import type { Chunk } from '../people/chunks.js';
import { placeContext, tokenAfter } from '../people/cues.js';
import { COMMON_WORDS } from '../people/lexicon/common-words.js';
import { placeMentionOf, type PlaceMention } from '../people/mentions.js';
import { foldWord, startsLower, startsUpper } from '../people/words.js';
import { readingsOf } from '../people/name-readings.js';
import { DIRECTION_PREFIXES, FEATURE_HEADS, GROUP_ADJECTIVES, MACRO_REGIONS, NAMESAKE_FEATURES, PLACE_NOUNS, PLACE_SUFFIXES } from './lexicon.js';

// Module constants, not literals in functions: the CLI bundle builds a literal with Unicode properties
// anew at every call (`new RegExp`).
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,}$/u;
const SHORT_CAPITALS = /^(?:\p{Lu}\.?){2,3}$/u;

/** Gazetteer entries for a name (kept in its `NameReadings`), leaving out ordinary words that happen to name a region somewhere ("Central"). */
export function placeCandidates(name: string): readonly GazetteerEntry[] {
  const readings = readingsOf(name);
  return (readings.candidates ??= candidatesOf(name));
}

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
  while (tokens[k]?.kind === 'word' && startsUpper(tokens[k]!.text) && words.length < 3) words.push(tokens[k++]!.text);
  if (words.length === 0) return undefined;
  const places = gazetteer();
  if (words.length === 1 && tokens[k]?.text === '.' && tokens[k]!.span.start === tokens[k - 1]!.span.end) {
    const region = places.regionOfAbbreviation(`${words[0]}.`);
    if (region) return region;
  }
  const abbreviation = words.length === 1 && DOTTED_CAPITALS.test(words[0]!) ? places.regionOfAbbreviation(words[0]!) : undefined;
  if (abbreviation) return abbreviation;
  const next = tokens[k];
  if (next && next.kind === 'word' && startsLower(next.text) && next.text !== 'and') return undefined;
  const entry = placeCandidates(words.join(' ')).find((candidate) => candidate.level !== 'city');
  return entry?.id;
}

/** What a name says about being a place, whatever the sentence around it (kept per name in its `NameReadings`). */
export interface PlaceShape {
  /** A nationality or group adjective: never a place on its own. */
  adjective: boolean;
  /** A continent or large region ("the Middle East"): a place with no gazetteer entry. */
  macro: boolean;
  candidates: readonly GazetteerEntry[];
  lookupName: string;
  feature?: string;
  /** Containment of a directional name ("Northern California"). */
  within?: string[];
}

function shapeOf(name: string): PlaceShape {
  const readings = readingsOf(name);
  return (readings.place ??= readShape(name));
}

function readShape(name: string): PlaceShape {
  const words = name.split(/\s+/u);
  const folded = foldPlaceName(name);
  const adjective = words.length === 1 && (GROUP_ADJECTIVES.has(folded) || gazetteer().countryOfDemonym(name) !== undefined) && placeCandidates(name).every((entry) => entry.level === 'city');
  const macro = MACRO_REGIONS.has(folded) || MACRO_REGIONS.has(`the ${folded}`);
  let candidates = placeCandidates(name);
  let lookupName = name;
  let feature: string | undefined;
  const last = foldWord(words[words.length - 1]!);
  const first = foldWord(words[0]!);
  if (candidates.length === 0 && words.length >= 2 && (PLACE_SUFFIXES.has(last) || FEATURE_HEADS.has(last))) {
    feature = last;
    lookupName = words.slice(0, -1).join(' ');
    candidates = NAMESAKE_FEATURES.has(feature) ? placeCandidates(lookupName) : [];
  } else if (candidates.length === 0 && words.length >= 3 && FEATURE_HEADS.has(first) && words[1] === 'of') {
    feature = first;
    lookupName = words.slice(2).join(' ');
    candidates = NAMESAKE_FEATURES.has(feature) ? placeCandidates(lookupName) : [];
  }
  let within: string[] | undefined;
  if (candidates.length === 0 && !feature && words.length >= 2 && DIRECTION_PREFIXES.has(first)) {
    const inner = placeCandidates(words.slice(1).join(' ')).find((entry) => entry.level !== 'city');
    // "Northern California" is part of California; "North Maluku" or "West Papua" may be a province of its own.
    if (inner) within = /(?:ern|central|upper|lower)$/u.test(first) ? [inner.id, ...containmentOf(inner.id)] : [inner.country];
  }
  // Every field present, in one order: one object shape for every name.
  return { adjective, macro, candidates, lookupName, feature: feature || undefined, within };
}


const LOCATIVE_BEFORE_THE = new Set(['in', 'to', 'from', 'across', 'throughout', 'into', 'inside', 'outside', 'of', 'for', 'and']);

function nounUse(sentence: Sentence, chunk: Chunk, after: Sentence['tokens'][number] | undefined): boolean {
  const at = chunk.words[0]!.token;
  const the = sentence.tokens[at - 1]?.text.toLowerCase();
  const preposition = sentence.tokens[at - 2]?.text.toLowerCase() ?? '';
  const ends = after === undefined || after.kind === 'punct';
  return the === 'the' && LOCATIVE_BEFORE_THE.has(preposition) && ends;
}

/**
 * A chunk read as a place, with its gazetteer candidates and the context that supports it; undefined
 * when nothing says "place". Deciding between candidates is left to `resolve-place.ts`.
 */
export function readPlace(sentence: Sentence, chunk: Chunk): PlaceMention | undefined {
  const name = chunk.name;
  const shape = shapeOf(name);
  const after = sentence.tokens[tokenAfter(chunk)];
  // "US" is mostly a modifier ("US officials"); "in the US", "to the U.S." name the country.
  const abbreviatedCountry = name.length <= 9 && SHORT_CAPITALS.test(name) && nounUse(sentence, chunk, after);
  if (shape.adjective && !abbreviatedCountry) return undefined;
  const context = placeContext(sentence, chunk);
  const { sentence: index, start, end } = chunk;
  if (shape.macro) return placeMentionOf({ sentence: index, start, end, name, lookupName: name, candidates: [], context, within: [], cue: 'macro-region' });
  if (shape.within) return placeMentionOf({ sentence: index, start, end, name, lookupName: name, candidates: [], context, within: shape.within, cue: 'direction' });
  let feature = shape.feature;
  let candidates = shape.candidates;
  if (candidates.length === 0 && abbreviatedCountry) candidates = gazetteer().lookup(name).filter((entry) => entry.level === 'country');
  if (!chunk.possessive && context === 'strong' && !feature && after && startsLower(after.text) && PLACE_SUFFIXES.has(after.text)) feature = after.text;
  // "Interstate 5", "Route 66": a road or a model, not a place name on its own.
  if (chunk.words.length === 1 && after?.kind === 'number' && !chunk.possessive) return undefined;
  let qualifier = after?.text === ',' ? qualifierAfter(sentence, chunk) : undefined;
  if (qualifier) {
    // A qualifier holds its place; when it holds none of the candidates it was a list ("Oman, Qatar"), not a qualifier.
    const inside = candidates.filter((entry) => entry.id !== qualifier && (containmentOf(entry.id).includes(qualifier!) || entry.country === qualifier));
    if (inside.length > 0) candidates = inside;
    else if (candidates.length > 0) qualifier = undefined;
  }
  if (candidates.length === 0 && !feature && !context && !qualifier) return undefined;
  return placeMentionOf({
    sentence: index,
    start,
    end,
    name,
    context,
    lookupName: shape.lookupName,
    feature,
    candidates,
    qualifier,
    cue: qualifier ? 'qualifier' : feature ? 'feature' : candidates.length > 0 ? 'gazetteer' : 'context',
  });
}
