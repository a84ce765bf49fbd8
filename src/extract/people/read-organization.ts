import type { Sentence, Token } from '../../types.js';
import { gazetteer } from '../../gazetteer/index.js';
import { FEATURE_HEADS, GROUP_ADJECTIVES, MACRO_REGIONS, PLACE_NOUNS } from '../places/lexicon.js';
import { textsOf, type Chunk } from './chunks.js';
import { tokenAfter, tokenBefore } from './cues.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { KNOWN_ORGANIZATIONS, MEMBER_NOUNS, NEWS_OUTLETS, ORGANIZATION_HEADS } from './lexicon/organizations.js';
import { organizationMentionOf, type OrganizationMention } from './mentions.js';
import { countryOfPrefix, isGroupWord } from './titled-name.js';
import { readingsOf } from './name-readings.js';
import { foldWord, initialsOf, isAcronym, startsLower, startsUpper } from './words.js';

/** Article-wide facts the organisation reader needs. */
export interface OrganizationContext {
  text: string;
  /** The article's chunks in text order, for the name right before a role word (`chunkEndingAt`). */
  chunks: readonly Chunk[];
  /** Acronyms the article defines ("UN Relief and Works Agency (UNRWA)") → long form. */
  acronyms: ReadonlyMap<string, string>;
  /** Initials of the organisation names in the article ("USGS" for "U.S. Geological Survey"). */
  initials: ReadonlySet<string>;
}

const MEDIA_AFTER = ['news agency', 'agency', 'newspaper', 'daily', 'television', 'tv', 'radio', 'network', 'website', 'broadcaster'].map((phrase) => ({ phrase, parts: phrase.split(' ') }));
const MEDIA_FIRST_WORDS = new Set(MEDIA_AFTER.map(({ parts }) => parts[0]!));

/** The token's text in lower case, or '' past either end of the sentence. */
function lowerAt(tokens: readonly Token[], index: number): string {
  const token = tokens[index];
  return token ? token.text.toLowerCase() : '';
}

function categoryOf(folded: string, words: readonly string[]): string | undefined {
  if (NEWS_OUTLETS.has(folded)) return 'media';
  const known = KNOWN_ORGANIZATIONS.get(folded);
  if (known) return known;
  return ORGANIZATION_HEADS.get(words[words.length - 1]!) ?? ORGANIZATION_HEADS.get(words[0]!);
}

function mention(chunk: Chunk, cue: string, category: string | undefined, country?: string): OrganizationMention {
  return organizationMentionOf({ sentence: chunk.sentence, start: chunk.start, end: chunk.end, name: chunk.name, category, country, cue });
}

/** What a name alone says about being an organisation (kept per name in its `NameReadings`). */
export interface OrganizationShape {
  raw: string[];
  words: string[];
  folded: string;
  /** A leading nationality ("Chinese Foreign Ministry" → CN). */
  country: string | undefined;
  /** Decided by the name alone: a known name, a head word, "Ministry of …". */
  decided: { cue: string; category: string | undefined } | undefined;
  /** The name is a place (known to the gazetteer or a large region): no organisation reading. */
  place: boolean;
  /** A lone generic noun ("Airport", "Island"). */
  ordinaryNoun: boolean;
  nationality: boolean;
}

function shapeOf(name: string): OrganizationShape {
  const readings = readingsOf(name);
  return (readings.organization ??= readShape(name));
}

function readShape(name: string): OrganizationShape {
  const raw = name.split(/\s+/u);
  const words = raw.map(foldWord);
  const folded = words.join(' ');
  const places = gazetteer();
  const country = words.length >= 2 && startsUpper(raw[0]!) ? places.countryOfDemonym(raw[0]!) ?? countryOfName(raw[0]!) : undefined;
  const entries = places.lookup(name);
  const place = MACRO_REGIONS.has(folded) || entries.some((entry) => entry.level !== 'city' || entry.population > 100_000);
  const nationality = GROUP_ADJECTIVES.has(folded) || countryOfName(name) !== undefined || places.countryOfDemonym(name) !== undefined || entries.length > 0;
  const ordinaryNoun = raw.length === 1 && (FEATURE_HEADS.has(words[0]!) || ORGANIZATION_HEADS.has(words[0]!) || PLACE_NOUNS.has(words[0]!));
  const rest = country ? words.slice(1).join(' ') : undefined;
  const last = words[words.length - 1]!;
  // "Ministry of Foreign Affairs", "Working Group for California Earthquake Probability".
  const headOf = words.findIndex((word, k) => ORGANIZATION_HEADS.has(word) && (words[k + 1] === 'of' || words[k + 1] === 'for') && k + 2 < words.length);
  let decided: OrganizationShape['decided'];
  if (NEWS_OUTLETS.has(folded) || KNOWN_ORGANIZATIONS.has(folded)) decided = { cue: 'known', category: categoryOf(folded, words) };
  else if (rest !== undefined && (NEWS_OUTLETS.has(rest) || KNOWN_ORGANIZATIONS.has(rest))) decided = { cue: 'known', category: categoryOf(rest, words) };
  else if (words.length >= 2 && ORGANIZATION_HEADS.has(last)) {
    // "West Bank", "Mexico City": the gazetteer or the regions lexicon know it as a place.
    if (!place && !(GIVEN_NAMES.has(words[0]!) && words.length === 2)) decided = { cue: 'head', category: categoryOf(folded, words) };
  } else if (headOf !== -1 && !FEATURE_HEADS.has(words[0]!)) decided = { cue: 'head-of', category: categoryOf(folded, [words[headOf]!]) };
  // Every field present, in one order and set once: one object shape for every name keeps the readers' code monomorphic.
  return { raw, words, folded, country: country || undefined, decided, place, ordinaryNoun, nationality };
}


function countryOfName(name: string): string | undefined {
  return gazetteer().lookup(name).find((entry) => entry.level === 'country')?.country;
}

/** A capitalised chunk read as an organisation, or undefined. Local evidence and article acronyms only. */
export function readOrganization(context: OrganizationContext, sentence: Sentence, chunk: Chunk): OrganizationMention | undefined {
  const shape = shapeOf(chunk.name);
  const { raw, words } = shape;
  if (shape.decided) return mention(chunk, shape.decided.cue, shape.decided.category, shape.country);
  if (raw.length === 1 && context.acronyms.has(raw[0]!)) return mention(chunk, 'acronym', undefined);
  if (words.length >= 2 && ORGANIZATION_HEADS.has(words[words.length - 1]!)) return undefined;
  const tokens = sentence.tokens;
  const after = tokenAfter(chunk);
  const next = lowerAt(tokens, after);
  const second = lowerAt(tokens, after + 1);
  // Every media phrase starts with one of MEDIA_FIRST_WORDS, right after the name or after one modifier.
  if (!chunk.possessive && (MEDIA_FIRST_WORDS.has(next) || MEDIA_FIRST_WORDS.has(second))) {
    const following = [next, second, lowerAt(tokens, after + 2)];
    for (const { phrase, parts } of MEDIA_AFTER) {
      const direct = parts.every((part, k) => following[k] === part);
      // One modifier may come first: "Red Crescent relief agency".
      const modified = parts.length === 1 && following[1] === parts[0] && startsLower(following[0]!);
      // "the UN Palestinian refugee agency" describes an agency without naming it.
      if ((direct || modified) && !countryOfPrefix(chunk.words) && !isGroupWord(raw[raw.length - 1]!)) return mention(chunk, 'agency-after', phrase === 'agency' ? 'agency' : 'media');
    }
  }
  const before = tokenBefore(chunk);
  const previous = lowerAt(tokens, before);
  if (previous === 'newspaper' || previous === 'broadcaster' || (previous === 'agency' && lowerAt(tokens, before - 1) === 'news')) return mention(chunk, 'agency-before', 'media');
  if (!chunk.possessive && raw.length <= 2 && MEMBER_NOUNS.has(next) && !shape.ordinaryNoun && (!chunk.initial || isAcronym(raw[0]!)) && !GIVEN_NAMES.has(words[0]!) && !shape.nationality) {
    return mention(chunk, 'member-noun', undefined);
  }
  if (raw.length === 1 && context.initials.size > 0 && isAcronym(raw[0]!) && context.initials.has(raw[0]!.replace(/\./gu, '').toUpperCase()) && !shape.nationality) {
    return mention(chunk, 'initials', undefined);
  }
  return undefined;
}

/**
 * The chunk whose last word is token `token` of sentence `sentence`, found by binary search over the
 * chunks in text order (a map of every chunk cost more than the few lookups role phrases make).
 */
export function chunkEndingAt(chunks: readonly Chunk[], sentence: number, token: number): Chunk | undefined {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (chunks[middle]!.sentence < sentence) low = middle + 1;
    else high = middle;
  }
  for (let k = low; k < chunks.length && chunks[k]!.sentence === sentence; k++) {
    const chunk = chunks[k]!;
    if (chunk.words[chunk.words.length - 1]!.token === token) return chunk;
  }
  return undefined;
}

/** The initials of every organisation-like chunk of the article, for acronyms used without definition. */
export function organizationInitials(chunks: readonly Chunk[]): Set<string> {
  const initials = new Set<string>();
  for (const chunk of chunks) {
    if (chunk.words.length < 2 || !ORGANIZATION_HEADS.has(chunk.words[chunk.words.length - 1]!.folded)) continue;
    const letters = initialsOf(textsOf(chunk.words));
    if (letters.length >= 2) initials.add(letters);
  }
  return initials;
}
