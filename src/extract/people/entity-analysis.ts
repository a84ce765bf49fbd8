import type { Claim, Document, Sentence } from '../../types.js';
import { readPlace } from '../places/read-place.js';
import { chunksOf, lowerCaseVocabulary, makeChunk, type Chunk } from './chunks.js';
import { classifyChunk, type Classified } from './classify.js';
import { definedAcronyms } from './acronyms.js';
import { GENERIC_ACRONYMS } from './lexicon/common-words.js';
import { organizationMentionOf, personMentionOf, placeMentionOf, type EntityMention, type OrganizationMention, type PersonMention, type PlaceMention } from './mentions.js';
import { nameParts } from './person-name.js';
import { chunkKey, organizationInitials } from './read-organization.js';
import { SpanIndex } from './span-index.js';
import { isPersonShaped } from './titled-name.js';
import { foldWord, isAcronym } from './words.js';

/** Every person, organisation and place mention of one article, in text order. */
export interface DocumentEntities {
  persons: PersonMention[];
  organizations: OrganizationMention[];
  places: PlaceMention[];
  /** Acronym → long form, as the article defines them. */
  acronyms: ReadonlyMap<string, string>;
}

const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter', 'ramadan',
]);
// A city this large is a place even when nothing in the sentence says so ("Beijing wants…").
const MAJOR_CITY = 100_000;

const memo = new WeakMap<Document, DocumentEntities>();

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "Manokwari Jan. 4", "Queens Friday": a weekday, or a month before a day number, closing a chunk belongs to the date. */
function withoutTrailingDate(chunk: Chunk, sentence: Sentence): Chunk {
  const last = chunk.words[chunk.words.length - 1]!;
  const folded = foldWord(last.text);
  if (chunk.words.length < 2 || !CALENDAR.has(folded)) return chunk;
  const rest = sentence.text.slice(last.end - sentence.span.start, last.end - sentence.span.start + 4);
  if (!WEEKDAYS.has(folded) && !/^\.?\s*\d/u.test(rest)) return chunk;
  const words = chunk.words.slice(0, -1);
  return makeChunk(sentence, words, false, chunk.initial, chunk.headline);
}


/** A place reading still waiting for support: accepted for big cities and for names after "in", "near"… */
function acceptTentative(place: PlaceMention, chunk: Chunk, sentence: Sentence): boolean {
  if (place.candidates.some((entry) => entry.capital || entry.population >= MAJOR_CITY)) return true;
  if (place.context !== 'weak' || chunk.headline) return false;
  // After "to", "from", "at" a name is as often a person or a company; "in", "near" say place — for
  // names the gazetteer knows. An unknown name after "in" is as often a product, a paper or a film
  // ("in Internet Explorer", "in Vanity Fair"): it must be called a place somewhere in the article.
  const before = sentence.tokens[chunk.words[0]!.token - 1]?.text.toLowerCase() ?? '';
  return LOCATIVE.has(before) && place.candidates.length > 0;
}

const LOCATIVE = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'off']);

/**
 * Reads the people, organisations and places of one article, once (memoised per document: the
 * three extractors share it). First each chunk on local evidence (`classify.ts`); then the chunks
 * nothing decided are matched against what the article established elsewhere — a surname already
 * known as a person's, an acronym, a place named before — and only then against weaker cues.
 */
export function analyzeEntities(doc: Document, earlier: readonly Claim[] = []): DocumentEntities {
  const cached = memo.get(doc);
  if (cached) return cached;
  const text = doc.article.text;
  const vocabulary = lowerCaseVocabulary(doc.sentences);
  const times = new SpanIndex(earlier.filter((claim) => claim.kind === 'time').map((claim) => claim.span));
  const chunks: Chunk[] = [];
  for (const sentence of doc.sentences) {
    for (const found of chunksOf(sentence, vocabulary)) {
      const chunk = withoutTrailingDate(found, sentence);
      if (chunk.words.every((word) => CALENDAR.has(foldWord(word.text)) || GENERIC_ACRONYMS.has(word.text.replace(/\./gu, '')))) continue;
      if (times.contains(chunk.start, chunk.end)) continue;
      chunks.push(chunk);
    }
  }
  const acronyms = definedAcronyms(doc.sentences, chunks, text);
  const chunkEndingAt = new Map<string, Chunk>();
  for (const chunk of chunks) {
    const key = chunkKey(chunk.sentence, chunk.words[chunk.words.length - 1]!.token);
    if (!chunkEndingAt.has(key)) chunkEndingAt.set(key, chunk);
  }
  const context = { text, chunkEndingAt, acronyms, initials: organizationInitials(chunks) };
  const sentenceOf = (chunk: Chunk): Sentence => doc.sentences[chunk.sentence]!;
  const firstPass: Classified[] = chunks.flatMap((chunk) => classifyChunk(context, sentenceOf(chunk), chunk));

  const mentions: EntityMention[] = [];
  for (const result of firstPass) if (result.status === 'mentions') mentions.push(...result.mentions);
  const personNames = new Set<string>();
  // Given names of the article's people: "for Tyler" after "Tyler Hansbrough" is no town in Texas.
  const givenNames = new Set<string>();
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    const parts = nameParts(mention.nameWords);
    personNames.add(parts.full);
    personNames.add(parts.surname);
    for (const given of parts.given) givenNames.add(given);
  }
  const organizationNames = new Set<string>([...acronyms.keys()].map((acronym) => acronym.toLowerCase()));
  for (const mention of mentions) if (mention.kind === 'organization') organizationNames.add(mention.name.toLowerCase());
  const placeNames = new Set<string>();
  for (const mention of mentions) if (mention.kind === 'place') placeNames.add(mention.name.toLowerCase());

  // Places by where they end, so a list can follow its first member ("the villages of X, Y and Z").
  const placeEndingAt = new Map<string, PlaceMention>();
  for (const mention of mentions) if (mention.kind === 'place') placeEndingAt.set(`${mention.sentence}:${mention.end}`, mention);
  const listedAfterPlace = (chunk: Chunk): boolean => {
    const sentence = sentenceOf(chunk);
    let k = chunk.words[0]!.token - 1;
    const separators: string[] = [];
    while (k >= 0 && separators.length < 2 && [',', 'and', 'or'].includes(sentence.tokens[k]!.text)) separators.unshift(sentence.tokens[k--]!.text);
    if (separators.length === 0 || k < 0) return false;
    const previous = placeEndingAt.get(`${chunk.sentence}:${sentence.tokens[k]!.span.end}`);
    return previous !== undefined && (previous.context === 'strong' || previous.cue === 'list');
  };

  // Capitalised where capitals mean something (not at a sentence start), somewhere in the article.
  const capitalisedInside = new Set<string>();
  for (const chunk of chunks) for (const word of chunk.words.slice(chunk.initial ? 1 : 0)) capitalisedInside.add(word.text);
  const pronouns = /\b(?:he|she|his|her|him)\b/iu;
  const occurrences = new Map<string, Chunk[]>();
  for (const chunk of chunks) {
    const list = occurrences.get(chunk.name);
    if (list) list.push(chunk);
    else occurrences.set(chunk.name, [chunk]);
  }
  /** "he" or "she" after the name in its sentence or in the next one. */
  const followedByPronoun = (chunk: Chunk): boolean => {
    const here = sentenceOf(chunk);
    const next = doc.sentences[chunk.sentence + 1];
    return pronouns.test(here.text.slice(chunk.end - here.span.start)) || (next !== undefined && pronouns.test(next.text));
  };
  // Per name, once: scanning every occurrence again for each "X said" made long articles quadratic.
  const pronounAfterSomeOccurrence = new Map<string, boolean>();
  /** A verb of saying also fits companies and titles ("Microsoft said", "Vanity Fair reported"): the name needs a he or she after one of its mentions. */
  const speakerIsPerson = (chunk: Chunk): boolean => {
    // "Investigators said": a plural at a sentence start, capitalised nowhere else, is a common noun.
    if (chunk.initial && chunk.words.length === 1 && /s$/u.test(chunk.words[0]!.text) && !capitalisedInside.has(chunk.words[0]!.text)) return false;
    const named = occurrences.get(chunk.name);
    // A part of a split chunk ("Sacramento" of "Sacramento and Woodland") has no occurrences of its own.
    if (!named) return followedByPronoun(chunk);
    let found = pronounAfterSomeOccurrence.get(chunk.name);
    if (found === undefined) {
      found = named.some(followedByPronoun);
      pronounAfterSomeOccurrence.set(chunk.name, found);
    }
    return found;
  };

  const decide = (result: Extract<Classified, { status: 'unknown' }>, last: boolean): EntityMention | undefined => {
    const { chunk, place } = result;
    const name = chunk.name;
    const folded = nameParts(chunk.words.map((word) => word.text)).full;
    const base = { sentence: chunk.sentence, start: chunk.start, end: chunk.end };
    const person = (cue: string) => personMentionOf({ ...base, nameWords: chunk.words.map((word) => word.text), cue });
    const bare = (cue: string, context: PlaceMention['context']) => placeMentionOf({ ...base, name, lookupName: name, candidates: [], context, cue });
    if (personNames.has(folded) && isPersonShaped(chunk.words) && place?.context !== 'strong') return person('same-name');
    if (organizationNames.has(name.toLowerCase())) return organizationMentionOf({ ...base, name, cue: 'same-name' });
    if (placeNames.has(name.toLowerCase())) {
      const read = place ?? readPlace(sentenceOf(chunk), chunk);
      if (read) return read;
      // "US officials" after "in the US": the modifier use stays no place.
      if (!isAcronym(name)) return bare('same-name', undefined);
    }
    if (!chunk.headline && isPersonShaped(chunk.words) && listedAfterPlace(chunk)) {
      const listed = placeMentionOf({ ...(place ?? bare('list', 'strong')), context: 'strong', cue: 'list' });
      placeEndingAt.set(`${chunk.sentence}:${chunk.end}`, listed);
      return listed;
    }
    if (result.speech && chunk.words.length === 1 && isAcronym(chunk.words[0]!.text)) return organizationMentionOf({ ...base, name, cue: 'speech' });
    if (result.speech && isPersonShaped(chunk.words) && !(place && acceptTentative(place, chunk, sentenceOf(chunk))) && speakerIsPerson(chunk)) return person('speech');
    // "Theo Epstein" when "Epstein" is already a person of the article.
    if (chunk.words.length >= 2 && isPersonShaped(chunk.words) && personNames.has(nameParts(chunk.words.map((word) => word.text)).surname) && place?.context !== 'strong') {
      return person('same-surname');
    }
    // Weak readings only once every name the article settles is known.
    if (last && place && acceptTentative(place, chunk, sentenceOf(chunk)) && !(chunk.words.length === 1 && givenNames.has(folded))) return place;
    return undefined;
  };

  // Three sweeps: a name a verb of saying made a person in the first ("Gunness said") is known in the
  // second, which also takes the weaker place readings; the third spreads those places to their namesakes.
  let pending = firstPass.filter((result): result is Extract<Classified, { status: 'unknown' }> => result.status === 'unknown');
  for (let sweep = 0; sweep < 3; sweep++) {
    const undecided: typeof pending = [];
    for (const result of pending) {
      const decided = decide(result, sweep >= 1);
      if (!decided) {
        undecided.push(result);
        continue;
      }
      mentions.push(decided);
      if (decided.kind === 'place') placeNames.add(decided.name.toLowerCase());
      if (decided.kind === 'person') {
        const parts = nameParts(decided.nameWords);
        personNames.add(parts.full);
        personNames.add(parts.surname);
      }
    }
    pending = undecided;
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const entities: DocumentEntities = {
    persons: mentions.filter((mention): mention is PersonMention => mention.kind === 'person'),
    organizations: mentions.filter((mention): mention is OrganizationMention => mention.kind === 'organization'),
    places: mentions.filter((mention): mention is PlaceMention => mention.kind === 'place'),
    acronyms,
  };
  memo.set(doc, entities);
  return entities;
}
