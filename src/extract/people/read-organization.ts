import type { Sentence } from '../../types.js';
import { gazetteer } from '../../gazetteer/index.js';
import { FEATURE_HEADS, GROUP_ADJECTIVES, MACRO_REGIONS, PLACE_NOUNS } from '../places/lexicon.js';
import type { Chunk } from './chunks.js';
import { tokenAfter, tokenBefore } from './cues.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { KNOWN_ORGANIZATIONS, MEMBER_NOUNS, NEWS_OUTLETS, ORGANIZATION_HEADS } from './lexicon/organizations.js';
import { organizationMentionOf, type OrganizationMention } from './mentions.js';
import { countryOfPrefix, isGroupWord } from './titled-name.js';
import { foldWord, initialsOf, isAcronym } from './words.js';

/** Article-wide facts the organisation reader needs. */
export interface OrganizationContext {
  text: string;
  chunks: readonly Chunk[];
  /** Acronyms the article defines ("UN Relief and Works Agency (UNRWA)") → long form. */
  acronyms: ReadonlyMap<string, string>;
  /** Initials of the organisation names in the article ("USGS" for "U.S. Geological Survey"). */
  initials: ReadonlySet<string>;
}

const MEDIA_AFTER = ['news agency', 'agency', 'newspaper', 'daily', 'television', 'tv', 'radio', 'network', 'website', 'broadcaster'].map((phrase) => ({ phrase, parts: phrase.split(' ') }));

function categoryOf(folded: string, words: readonly string[]): string | undefined {
  if (NEWS_OUTLETS.has(folded)) return 'media';
  const known = KNOWN_ORGANIZATIONS.get(folded);
  if (known) return known;
  return ORGANIZATION_HEADS.get(words[words.length - 1]!) ?? ORGANIZATION_HEADS.get(words[0]!);
}

function mention(chunk: Chunk, text: string, cue: string, category: string | undefined, country?: string): OrganizationMention {
  return organizationMentionOf({ sentence: chunk.sentence, start: chunk.start, end: chunk.end, name: text.slice(chunk.start, chunk.end), category, country, cue });
}

/** A capitalised chunk read as an organisation, or undefined. Local evidence and article acronyms only. */
export function readOrganization(context: OrganizationContext, sentence: Sentence, chunk: Chunk): OrganizationMention | undefined {
  const { text } = context;
  const raw = chunk.words.map((word) => word.text);
  const words = raw.map(foldWord);
  const folded = words.join(' ');
  // A leading nationality belongs to the name but says which country ("Chinese Foreign Ministry").
  const country = words.length >= 2 && /^\p{Lu}/u.test(raw[0]!) ? gazetteer().countryOfDemonym(raw[0]!) ?? countryOfPrefix(chunk.words.slice(0, 1)) : undefined;
  if (NEWS_OUTLETS.has(folded) || KNOWN_ORGANIZATIONS.has(folded)) return mention(chunk, text, 'known', categoryOf(folded, words), country);
  if (country) {
    const rest = words.slice(1).join(' ');
    if (NEWS_OUTLETS.has(rest) || KNOWN_ORGANIZATIONS.has(rest)) return mention(chunk, text, 'known', categoryOf(rest, words), country);
  }
  if (raw.length === 1 && context.acronyms.has(raw[0]!)) return mention(chunk, text, 'acronym', undefined);
  const last = words[words.length - 1]!;
  if (words.length >= 2 && ORGANIZATION_HEADS.has(last)) {
    // "West Bank", "Mexico City": the gazetteer or the regions lexicon know it as a place.
    if (MACRO_REGIONS.has(folded) || gazetteer().lookup(raw.join(' ')).some((entry) => entry.level !== 'city' || entry.population > 100000)) return undefined;
    if (GIVEN_NAMES.has(words[0]!) && words.length === 2) return undefined;
    return mention(chunk, text, 'head', categoryOf(folded, words), country);
  }
  // "Ministry of Foreign Affairs", "Working Group for California Earthquake Probability".
  const headOf = words.findIndex((word, k) => ORGANIZATION_HEADS.has(word) && (words[k + 1] === 'of' || words[k + 1] === 'for') && k + 2 < words.length);
  if (headOf !== -1 && !FEATURE_HEADS.has(words[0]!)) return mention(chunk, text, 'head-of', categoryOf(folded, [words[headOf]!]), country);
  const tokens = sentence.tokens;
  const after = tokenAfter(chunk);
  if (!chunk.possessive) {
    const following = [tokens[after], tokens[after + 1], tokens[after + 2]].map((token) => (token ? token.text.toLowerCase() : ''));
    for (const { phrase, parts } of MEDIA_AFTER) {
      const direct = parts.every((part, k) => following[k] === part);
      // One modifier may come first: "Red Crescent relief agency".
      const modified = parts.length === 1 && following[1] === parts[0] && /^\p{Ll}/u.test(following[0]!);
      // "the UN Palestinian refugee agency" describes an agency without naming it.
      if ((direct || modified) && !countryOfPrefix(chunk.words) && !isGroupWord(raw[raw.length - 1]!)) return mention(chunk, text, 'agency-after', phrase === 'agency' ? 'agency' : 'media');
    }
  }
  const before = tokenBefore(chunk);
  const preceding = `${tokens[before - 1]?.text.toLowerCase() ?? ''} ${tokens[before]?.text.toLowerCase() ?? ''}`;
  if (preceding === 'news agency' || preceding.endsWith(' newspaper') || preceding.endsWith(' broadcaster')) return mention(chunk, text, 'agency-before', 'media');
  // The last two readings need to know the chunk is no place or nationality: asked only when they apply.
  const isPlaceOrNationality = () =>
    GROUP_ADJECTIVES.has(folded) || countryOfPrefix(chunk.words) !== undefined || gazetteer().lookup(raw.join(' ')).length > 0;
  const ordinaryNoun = raw.length === 1 && (FEATURE_HEADS.has(words[0]!) || ORGANIZATION_HEADS.has(words[0]!) || PLACE_NOUNS.has(words[0]!));
  if (!chunk.possessive && raw.length <= 2 && MEMBER_NOUNS.has(tokens[after]?.text.toLowerCase() ?? '') && !ordinaryNoun && (!chunk.initial || isAcronym(raw[0]!)) && !GIVEN_NAMES.has(words[0]!) && !isPlaceOrNationality()) {
    return mention(chunk, text, 'member-noun', undefined);
  }
  if (raw.length === 1 && isAcronym(raw[0]!) && context.initials.has(raw[0]!.replace(/\./gu, '').toUpperCase()) && !isPlaceOrNationality()) {
    return mention(chunk, text, 'initials', undefined);
  }
  return undefined;
}

/** The initials of every organisation-like chunk of the article, for acronyms used without definition. */
export function organizationInitials(chunks: readonly Chunk[]): Set<string> {
  const initials = new Set<string>();
  for (const chunk of chunks) {
    const words = chunk.words.map((word) => word.text);
    if (words.length < 2 || !ORGANIZATION_HEADS.has(foldWord(words[words.length - 1]!))) continue;
    const letters = initialsOf(words);
    if (letters.length >= 2) initials.add(letters);
  }
  return initials;
}
