import { gazetteer } from '../../gazetteer/index.js';
import { DIRECTION_PREFIXES, FEATURE_HEADS, GROUP_ADJECTIVES } from '../places/lexicon.js';
import { joinedText, wordOf, type ChunkWord } from './chunks.js';
import { COMMON_WORDS } from './lexicon/common-words.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS } from './lexicon/organizations.js';
import { HONORIFICS, OF_COMPLEMENTS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/titles.js';
import { memoize } from './memo.js';
import { readingsOf } from './name-readings.js';
import { foldWord, isAcronym } from './words.js';

/**
 * A chunk read as "[nationality or affiliation] [title] name": "US Secretary of State Antony
 * Blinken", "Foreign Minister Wang Yi", "Qeshm Gov. Heidar Alishvandi", "Mr Blinken".
 */
export interface TitledName {
  honorific: ChunkWord | undefined;
  /** The title as a person would write it in full ("Governor" for "Gov."). */
  title: string | undefined;
  titleWords: readonly ChunkWord[];
  /** ISO code of a nationality or country written before the title ("US", "Chinese"). */
  country: string | undefined;
  /** Words before the title that are not a nationality ("Palestinian Authority", "Qeshm"). */
  affiliation: readonly ChunkWord[];
  /** The name proper; may be empty when the chunk is only a title ("House Leader"). */
  name: readonly ChunkWord[];
}

const NO_WORDS: readonly ChunkWord[] = [];

// Module constants, not literals in functions: the CLI bundle builds a literal with Unicode properties
// anew at every call (`new RegExp`).
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const INITIAL = /^\p{Lu}\.?$/u;

const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'del', 'della', 'da', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'di', 'y']);

/** A word that can be part of a person's name: capitalised, not a title, organisation or place word. */
export const isNameWord = memoize(nameWord);

function nameWord(word: string): boolean {
  const folded = foldWord(word);
  if (NAME_PARTICLES.has(word)) return true;
  if (!UPPER_FIRST.test(word.replace(/^(?:al|el|ad|ash|as|at|az|ar|an|ul|bin|ibn|d|l|o)['’-]/u, ''))) return false;
  if (isAcronym(word) && !INITIAL.test(word)) return false;
  if (TITLE_HEADS.has(folded) || HONORIFICS.has(folded)) return false;
  if (ORGANIZATION_HEADS.has(folded) && !GIVEN_NAMES.has(folded)) return false;
  return !isGroupWord(word);
}

/** Last words of names of prizes, events and works, never of people ("Tony Awards", "Nelson Mandela Award"). */
const THING_HEADS = new Set(['award', 'awards', 'prize', 'prizes', 'medal', 'cup', 'championship', 'championships', 'games', 'olympics', 'festival', 'tournament', 'trophy', 'series', 'summit', 'treaty', 'accord', 'accords', 'doctrine']);

/** A nationality or group adjective, or its plural ("Chinese", "Israelis", "Europeans"), or a place head. */
export const isGroupWord = memoize(groupWord);

function groupWord(word: string): boolean {
  const folded = foldWord(word);
  if (FEATURE_HEADS.has(folded) || GROUP_ADJECTIVES.has(folded)) return true;
  const singular = folded.endsWith('s') ? folded.slice(0, -1) : undefined;
  if (singular && GROUP_ADJECTIVES.has(singular)) return true;
  const places = gazetteer();
  return places.countryOfDemonym(word) !== undefined || (singular !== undefined && places.countryOfDemonym(singular) !== undefined);
}

/** A run of 1–4 name words, particles only inside. */
export function isPersonShaped(words: readonly ChunkWord[]): boolean {
  return personShaped(joinedText(words));
}

/** `isPersonShaped` of words already joined by single spaces (`spacedName`). */
export function isPersonShapedName(spaced: string): boolean {
  return personShaped(spaced);
}

function personShaped(name: string): boolean {
  const readings = readingsOf(name);
  return (readings.personShaped ??= readPersonShape(name.split(' ').map(wordOf)));
}

function readPersonShape(words: readonly ChunkWord[]): boolean {
  const core = words.filter((word) => !NAME_PARTICLES.has(word.text));
  if (core.length === 0 || core.length > 4 || words.length > 6) return false;
  // "I", "We", "May" alone are words, not names.
  if (words.length === 1 && COMMON_WORDS.has(words[0]!.folded)) return false;
  if (NAME_PARTICLES.has(words[0]!.text) || NAME_PARTICLES.has(words[words.length - 1]!.text)) return false;
  if (!words.every((word) => isNameWord(word.text))) return false;
  if (words.length > 1 && THING_HEADS.has(words[words.length - 1]!.folded)) return false;
  const places = gazetteer();
  const name = joinedText(words);
  // "The Vancouver Sun", "The Real Bettie Page": a title of a paper or a film; "New Zealander": a nationality.
  if (words[0]!.text === 'The' || places.countryOfDemonym(name) !== undefined) return false;
  // "France Telecom", "Jordan Valley": a country first is no given name, unless it is one ("Jordan Henderson").
  if (words.length > 1 && !GIVEN_NAMES.has(words[0]!.folded) && places.lookup(words[0]!.text).some((entry) => entry.level === 'country')) return false;
  // "New York Mets", "North Florida": a city of two words or a direction before a place, then more.
  // The word runs below are joined only where they are looked up (this runs once per new name).
  if (words.length > 1 && DIRECTION_PREFIXES.has(words[0]!.folded) && places.lookup(joinedText(words, 1)).some((entry) => entry.level !== 'city' || entry.population >= 100_000)) return false;
  return !(words.length > 2 && places.lookup(joinedText(words, 0, words.length - 1)).some((entry) => entry.population >= 100_000 || entry.level !== 'city'));
}

function titleText(words: readonly ChunkWord[]): string {
  return words
    .map((word) => {
      const folded = word.folded;
      if (folded === 'of' || folded === 'the') return folded;
      const canonical = TITLE_HEADS.get(folded);
      if (canonical && word.text.endsWith('.')) return canonical;
      return word.text.replace(LOWER_FIRST, (letter) => letter.toUpperCase());
    })
    .join(' ');
}

/** The country a prefix names, when it is only a nationality or a country ("US", "Chinese", "South Korean"). */
export function countryOfPrefix(words: readonly ChunkWord[]): string | undefined {
  if (words.length === 0 || words.length > 3) return undefined;
  const text = joinedText(words);
  const places = gazetteer();
  const byDemonym = places.countryOfDemonym(text);
  if (byDemonym) return byDemonym;
  const country = places.lookup(text).find((entry) => entry.level === 'country');
  return country?.country;
}

/** Whether a run of words is an organisation name by its last word or as a known name. */
export function isOrganizationName(words: readonly ChunkWord[]): boolean {
  if (words.length === 0) return false;
  const text = words.map((word) => word.folded).join(' ');
  if (KNOWN_ORGANIZATIONS.has(text)) return true;
  return words.length >= 2 && ORGANIZATION_HEADS.has(words[words.length - 1]!.folded);
}

/** Splits a chunk into honorific or title, what precedes the title, and the name. */
export function readTitledName(words: readonly ChunkWord[]): TitledName {
  const first = words[0];
  if (first && HONORIFICS.has(first.folded) && words.length > 1) {
    return { honorific: first, title: undefined, titleWords: NO_WORDS, country: undefined, affiliation: NO_WORDS, name: words.slice(1) };
  }
  // The last title head whose remainder still reads as a name: "Brigadier General Avi Benayahu".
  for (let h = words.length - 1; h >= 0; h--) {
    const folded = words[h]!.folded;
    if (!TITLE_HEADS.has(folded)) continue;
    let after = h + 1;
    if (words[after]?.text === 'of') {
      for (const length of [2, 1, 3]) {
        const complement = words.slice(after + 1, after + 1 + length).map((word) => word.folded).join(' ');
        if (OF_COMPLEMENTS.has(complement)) {
          after += 1 + length;
          break;
        }
      }
    }
    const name = words.slice(after);
    if (name.length > 0 && !isPersonShaped(name)) continue;
    let start = h;
    while (start > 0) {
      const previous = words[start - 1]!.folded;
      if (!(TITLE_MODIFIERS.has(previous) || TITLE_HEADS.has(previous))) break;
      start--;
    }
    const prefix = words.slice(0, start);
    const country = countryOfPrefix(prefix);
    const titleWords = words.slice(start, after);
    return { honorific: undefined, title: titleText(titleWords), titleWords, country: country || undefined, affiliation: country ? NO_WORDS : prefix, name };
  }
  // No title: the whole chunk is the name (the caller's words, never changed).
  return { honorific: undefined, title: undefined, titleWords: NO_WORDS, country: undefined, affiliation: NO_WORDS, name: words };
}
