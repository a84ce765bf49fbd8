import type { Sentence } from '../../types.js';
import { placeCandidates, readPlace } from '../places/read-place.js';
import { makeChunk, spacedName, textsOf, wordOf, type Chunk, type ChunkWord } from './chunks.js';
import { hasAgeCue, hasSpeechCue, hasWhoCue, roleAfter, roleBefore, roleBeforeAppositive, type RoleCue } from './cues.js';
import { CHINESE_SURNAMES, GIVEN_NAMES } from './lexicon/given-names.js';
import { OF_COMPLEMENTS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/titles.js';
import { personMentionOf, type EntityMention, type PersonMention, type PlaceMention } from './mentions.js';
import { chunkEndingAt, readOrganization, type OrganizationContext } from './read-organization.js';
import { isPinyinName } from './person-name.js';
import { countryOfPrefix, isOrganizationName, isPersonShaped, isPersonShapedName, readTitledName, type TitledName } from './titled-name.js';
import { foldWord, isAcronym } from './words.js';

/** What the first pass decided for one chunk; `unknown` chunks wait for the article-wide pass. */
export type Classified =
  | { status: 'mentions'; mentions: EntityMention[] }
  | {
      status: 'unknown';
      chunk: Chunk;
      /** A verb of saying governs it ("X said"). */
      speech: boolean;
      /** The words alone could be a person's name (`isPersonShaped`), read once here for the article-wide pass. */
      personShaped: boolean;
      /** A place reading without enough support on its own: a city named without context, a name after "in". */
      place?: PlaceMention;
    };

const SPLITTERS = new Set(['and', '&', 'of', 'for']);
// Module constants, not literals in functions: the CLI bundle builds a literal with Unicode properties
// anew at every call (`new RegExp`). The global one is only used with `replace`, which resets `lastIndex`.
const LOWER_WORD_START = /(^|\s)(?!of\b|for\b|the\b)(\p{Ll})/gu;
const LETTER_HYPHEN_CAPITAL = /\p{L}-\p{Lu}/u;

function sliceChunk(sentence: Sentence, chunk: Chunk, words: ChunkWord[]): Chunk {
  return makeChunk(sentence, words, chunk.possessive && words[words.length - 1] === chunk.words[chunk.words.length - 1], chunk.initial && words[0] === chunk.words[0], chunk.headline);
}

function personMention(chunk: Chunk, nameWords: readonly ChunkWord[], cue: string, extra: Partial<PersonMention> = {}, honorific?: ChunkWord): PersonMention {
  const first = honorific ?? nameWords[0]!;
  return personMentionOf({
    sentence: chunk.sentence,
    start: first.start,
    end: nameWords[nameWords.length - 1]!.end,
    nameWords: textsOf(nameWords),
    honorific: honorific?.text,
    title: extra.title,
    role: extra.role,
    organization: extra.organization,
    country: extra.country,
    cue,
  });
}

/** Role, title (only for office words: "counterpart" is a relation, not a title) and nationality from a role phrase. */
function roleFields(role: RoleCue | undefined, text: string): Partial<PersonMention> {
  if (!role) return {};
  const phrase = text.slice(role.start, role.end);
  // Only a nationality before the role noun is the person's ("the Israeli foreign minister"); one after
  // it belongs to what they head ("head of the UN Palestinian refugee agency").
  const words = phrase.split(/\s+/u);
  const head = words.findIndex((word) => foldWord(word) === role.head);
  const country = words
    .slice(0, head === -1 ? 0 : head)
    .map((word) => countryOfPrefix([wordOf(word.replace(/['’]s$/u, ''))]))
    .find((code) => code !== undefined);
  return {
    role: phrase,
    ...(TITLE_HEADS.has(role.head) ? { title: role.title.replace(LOWER_WORD_START, (_, space: string, letter: string) => space + letter.toUpperCase()) } : {}),
    ...(country ? { country } : {}),
  };
}

/** Mentions for the words before a title: an organisation ("Palestinian Authority") or a place ("Qeshm"). */
function affiliationMentions(context: OrganizationContext, sentence: Sentence, chunk: Chunk, words: readonly ChunkWord[]): { mentions: EntityMention[]; organization?: string; country?: string } {
  if (words.length === 0) return { mentions: [] };
  const part = makeChunk(sentence, [...words], false, chunk.initial && words[0] === chunk.words[0], chunk.headline);
  const organization = readOrganization(context, sentence, part);
  if (organization) return { mentions: [organization], organization: organization.name };
  const place = readPlace(sentence, part);
  if (place && place.candidates.length > 0) return { mentions: [place], ...(place.candidates[0] ? { country: place.candidates[0].country } : {}) };
  return { mentions: [] };
}

/**
 * First pass over one chunk, on local evidence only, strongest first: titles and honorifics,
 * organisation names, role phrases, countries and regions, given names, places in context, verbs
 * of saying. Chunks joined by "and"/"of" that fit nothing are split and read again.
 */
export function classifyChunk(context: OrganizationContext, sentence: Sentence, chunk: Chunk): Classified[] {
  // Each stage is its own function: V8 optimises (and, when a rare branch first runs, re-optimises)
  // small functions much faster than one large one, which matters on runs of a few hundred articles.
  const compound = compoundReading(context, sentence, chunk);
  if (compound) return compound;
  const titled = readTitledName(chunk.words);
  if (titled.honorific || titled.title) {
    const reading = titledReading(context, sentence, chunk, titled);
    if (reading) return reading;
  }
  return contextReading(context, sentence, chunk);
}

/** Index of the first word written exactly `text`, or -1. */
function indexOfWord(words: readonly ChunkWord[], text: string): number {
  for (let k = 0; k < words.length; k++) if (words[k]!.text === text) return k;
  return -1;
}

/** Whether some word is one of `texts`. */
function hasWordIn(words: readonly ChunkWord[], texts: ReadonlySet<string>): boolean {
  for (const word of words) if (texts.has(word.text)) return true;
  return false;
}

const AND = new Set(['and', '&']);

/** Readings of a chunk as a whole or as parts: country pairs, offices of a place, place + acronym, organisations, lists. */
function compoundReading(context: OrganizationContext, sentence: Sentence, chunk: Chunk): Classified[] | undefined {
  const words = chunk.words;
  // "US-China", "Sino-US": two countries joined as a modifier name neither as a place.
  if (words.length === 1 && words[0]!.text.includes('-') && LETTER_HYPHEN_CAPITAL.test(words[0]!.text) && words[0]!.text.split('-').every((part) => countryOfPrefix([wordOf(part)]) !== undefined)) {
    return [];
  }
  // "Governor of Qeshm", "Head of the agency": an office with its domain; only the domain names something.
  const of = indexOfWord(words, 'of');
  if (of > 0 && words.slice(0, of).every((word) => TITLE_HEADS.has(word.folded) || TITLE_MODIFIERS.has(word.folded)) && TITLE_HEADS.has(words[of - 1]!.folded)) {
    const rest = words.slice(of + 1).filter((word, k) => !(k === 0 && word.text === 'the'));
    if (!OF_COMPLEMENTS.has(rest.map((word) => word.folded).join(' ')) && rest.length > 0) return classifyChunk(context, sentence, sliceChunk(sentence, chunk, rest));
  }
  // "Papua BMG", "Iran IRNA": a place, then an organisation's acronym.
  const lastWord = words[words.length - 1]!;
  if (words.length >= 2 && isAcronym(lastWord.text) && (context.acronyms.has(lastWord.text) || isOrganizationName([lastWord]))) {
    const prefix = makeChunk(sentence, words.slice(0, -1), false, chunk.initial, chunk.headline);
    const place = readPlace(sentence, prefix);
    if (place && place.candidates.length > 0) {
      const organization = readOrganization(context, sentence, sliceChunk(sentence, chunk, [lastWord]));
      if (organization) return [{ status: 'mentions', mentions: [place, organization] }];
    }
  }
  const wholeOrganization = readOrganization(context, sentence, chunk);
  if (wholeOrganization) return [{ status: 'mentions', mentions: [wholeOrganization] }];
  // "Sacramento and Woodland", "Tonban, Gavarzin and Khaledin": a list unless the whole is one name.
  if (hasWordIn(words, AND) && placeCandidates(chunk.name).length === 0) {
    const parts: ChunkWord[][] = [[]];
    for (const word of words) {
      if (word.text === 'and' || word.text === '&') parts.push([]);
      else parts[parts.length - 1]!.push(word);
    }
    if (parts.every((part) => part.length > 0 && !SPLITTERS.has(part[0]!.text) && !SPLITTERS.has(part[part.length - 1]!.text))) {
      return parts.flatMap((part) => classifyChunk(context, sentence, sliceChunk(sentence, chunk, part)));
    }
  }
  return undefined;
}

/** A name after an honorific ("Mr Blinken") or a title ("Foreign Minister Wang Yi"), with the organisation or place before the title. */
function titledReading(context: OrganizationContext, sentence: Sentence, chunk: Chunk, titled: TitledName): Classified[] | undefined {
  if (titled.honorific && isPersonShaped(titled.name) && !chunk.headline) {
    return [{ status: 'mentions', mentions: [personMention(chunk, titled.name, 'honorific', {}, titled.honorific)] }];
  }
  if (titled.title && titled.name.length > 0 && !looksAbbreviated(sentence, titled.name)) {
    const affiliation = affiliationMentions(context, sentence, chunk, titled.affiliation);
    const role = roleAfter(sentence, chunk);
    const country = titled.country ?? affiliation.country;
    const person = personMention(chunk, titled.name, 'title', {
      title: titled.title,
      ...(role ? { role: context.text.slice(role.start, role.end) } : {}),
      ...(affiliation.organization ? { organization: affiliation.organization } : {}),
      ...(country ? { country } : {}),
    });
    return [{ status: 'mentions', mentions: [...affiliation.mentions, person] }];
  }
  if (titled.title && titled.name.length === 0) return [];
  return undefined;
}

/** A place that needs nothing more: a region or country, a feature, a qualifier, strong context, or a town of some size after a preposition. */
function isCertainPlace(place: PlaceMention, personShaped: boolean): boolean {
  if (place.within !== undefined || place.feature !== undefined || place.qualifier !== undefined || place.context === 'strong') return true;
  for (const entry of place.candidates) if (entry.level !== 'city') return true;
  // "in Santa Rosa" is sure enough for a town of some size; "to Teixeira" waits for the article's people.
  if (place.context !== 'weak' || personShaped) return false;
  for (const entry of place.candidates) if (entry.capital || entry.population >= 10_000) return true;
  return false;
}

/** A plain name read from what surrounds it: role phrases, ages, "who", place context, given names; else unknown for now. */
function contextReading(context: OrganizationContext, sentence: Sentence, chunk: Chunk): Classified[] {
  const words = chunk.words;
  const nameShaped = isPersonShapedName(spacedName(chunk));
  const personShaped = nameShaped && !namesCountryOrRegion(chunk) && !looksAbbreviated(sentence, words);
  if (personShaped && !chunk.headline) {
    const role = roleBefore(sentence, chunk) ?? roleAfter(sentence, chunk) ?? roleBeforeAppositive(sentence, chunk);
    if (role || hasAgeCue(sentence, chunk) || hasWhoCue(sentence, chunk)) {
      const previousChunkOrg = role ? organizationBefore(context, sentence, role) : undefined;
      return [{ status: 'mentions', mentions: [personMention(chunk, words, role ? 'role' : 'appositive', { ...roleFields(role, context.text), ...(previousChunkOrg ? { organization: previousChunkOrg } : {}) })] }];
    }
  }
  const place = readPlace(sentence, chunk);
  if (place !== undefined && isCertainPlace(place, personShaped)) return [{ status: 'mentions', mentions: [place] }];
  if (personShaped && !chunk.headline && words.length >= 2) {
    const first = words[0]!.folded;
    if (GIVEN_NAMES.has(first)) return [{ status: 'mentions', mentions: [personMention(chunk, words, 'given-name')] }];
    if (CHINESE_SURNAMES.has(first) && isPinyinName(textsOf(words.slice(1)))) {
      return [{ status: 'mentions', mentions: [personMention(chunk, words, 'chinese-name')] }];
    }
  }
  if (hasWordIn(words, SPLITTERS)) {
    const parts: ChunkWord[][] = [[]];
    for (const word of words) {
      if (SPLITTERS.has(word.text) || word.text === 'the') parts.push([]);
      else parts[parts.length - 1]!.push(word);
    }
    return parts.filter((part) => part.length > 0).flatMap((part) => classifyChunk(context, sentence, sliceChunk(sentence, chunk, part)));
  }
  const speech = !chunk.headline && hasSpeechCue(sentence, chunk);
  return [{ status: 'unknown', chunk, speech, personShaped: nameShaped, place }];
}

/** "Col. Inf. Name", "Snr. Comr. Name": a short word with a full stop before a capital is a rank, not a name. */
function looksAbbreviated(sentence: Sentence, name: readonly ChunkWord[]): boolean {
  const last = name[name.length - 1]!;
  if (name.length > 1 || last.text.length > 4) return false;
  const at = last.end - sentence.span.start;
  if (sentence.text[at] !== '.') return false;
  if (at + 1 >= sentence.text.length) return true;
  SPACE_THEN_CAPITAL.lastIndex = at + 1;
  return SPACE_THEN_CAPITAL.test(sentence.text);
}

// Sticky: tested where the full stop ends, without copying the rest of the sentence.
const SPACE_THEN_CAPITAL = /\s+\p{Lu}/uy;

/** Countries, regions and big cities are never read as people, whatever the context suggests. */
function namesCountryOrRegion(chunk: Chunk): boolean {
  if (chunk.words.length > 3) return false;
  for (const entry of placeCandidates(chunk.name)) if (entry.level !== 'city' || entry.population >= 100_000) return true;
  return false;
}

/** "Chinese Foreign Ministry spokesperson X": the organisation written before the role. */
function organizationBefore(context: OrganizationContext, sentence: Sentence, role: RoleCue): string | undefined {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((token) => token.span.start === role.start);
  if (at <= 0) return undefined;
  const chunk = chunkEndingAt(context.chunks, sentence.index, at - 1);
  if (!chunk || chunk.possessive) return undefined;
  if (isOrganizationName(chunk.words) || (chunk.words.length === 1 && isAcronym(chunk.words[0]!.text) && context.acronyms.has(chunk.words[0]!.text))) {
    return chunk.name;
  }
  return undefined;
}

