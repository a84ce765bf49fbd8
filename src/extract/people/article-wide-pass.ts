import type { Document, Sentence } from '../../types.js';
import { readPlace } from '../places/read-place.js';
import { spacedName, textsOf, type Chunk } from './chunks.js';
import type { Classified } from './classify.js';
import { organizationMentionOf, personMentionOf, placeMentionOf, type EntityMention, type PersonMention, type PlaceMention } from './mentions.js';
import { nameParts, namePartsOfJoined, type NameParts } from './person-name.js';
import { isAcronym } from './words.js';

/** A chunk the first pass could not decide on local evidence. */
export type Unknown = Extract<Classified, { status: 'unknown' }>;

/** An unknown chunk with what every sweep asks of its name, read once. */
interface Pending {
  result: Unknown;
  words: string[];
  parts: NameParts;
  /** The name in lower case, as organisation and place names are kept. */
  lower: string;
  personShaped: boolean;
}

// A city this large is a place even when nothing in the sentence says so ("Beijing wants…").
const MAJOR_CITY = 100_000;
const LOCATIVE = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'off']);
const LIST_SEPARATORS = new Set([',', 'and', 'or']);
const PRONOUNS = /\b(?:he|she|his|her|him)\b/iu;

/** A place with no gazetteer reading, named as the chunk is. */
function barePlace(chunk: Chunk, cue: string, context: PlaceMention['context']): PlaceMention {
  return placeMentionOf({ sentence: chunk.sentence, start: chunk.start, end: chunk.end, name: chunk.name, lookupName: chunk.name, candidates: [], context, cue });
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

/**
 * What the article establishes about its names, and the rules that decide an unknown chunk from it:
 * a surname already known as a person's, an acronym or organisation named before, a place named
 * before, the next member of a list of places, a speaker a pronoun refers to.
 */
class ArticleEvidence {
  private readonly personNames = new Set<string>();
  /** Given names of the article's people: "for Tyler" after "Tyler Hansbrough" is no town in Texas. */
  private readonly givenNames = new Set<string>();
  private readonly organizationNames = new Set<string>();
  private readonly placeNames = new Set<string>();
  /** Places by the offset where they end, so a list can follow its first member ("the villages of X, Y and Z"). */
  private readonly placeEndingAt = new Map<number, PlaceMention>();
  // Read only for speakers, so made on first need.
  private capitalised?: Set<string>;
  private occurrences?: Map<string, Chunk[]>;
  private readonly pronounAfterSomeOccurrence = new Map<string, boolean>();

  constructor(
    private readonly doc: Document,
    private readonly chunks: readonly Chunk[],
    acronyms: ReadonlyMap<string, string>,
    mentions: readonly EntityMention[],
  ) {
    for (const acronym of acronyms.keys()) this.organizationNames.add(acronym.toLowerCase());
    // One indexed pass: each set is filled in mention order, as separate passes would.
    for (let k = 0; k < mentions.length; k++) {
      const mention = mentions[k]!;
      if (mention.kind === 'person') {
        const parts = nameParts(mention.nameWords);
        this.personNames.add(parts.full);
        this.personNames.add(parts.surname);
        for (const given of parts.given) this.givenNames.add(given);
      } else if (mention.kind === 'organization') {
        this.organizationNames.add(mention.name.toLowerCase());
      } else {
        this.placeNames.add(mention.name.toLowerCase());
        this.placeEndingAt.set(mention.end, mention);
      }
    }
  }

  /** Records a mention the sweeps decided, so later chunks can follow it. */
  learn(mention: EntityMention, pending: Pending): void {
    if (mention.kind === 'place') this.placeNames.add(mention.name.toLowerCase());
    if (mention.kind === 'person') {
      this.personNames.add(pending.parts.full);
      this.personNames.add(pending.parts.surname);
    }
  }

  decide(pending: Pending, last: boolean): EntityMention | undefined {
    const { result, parts, personShaped } = pending;
    const { chunk, place } = result;
    const name = chunk.name;
    const sentence = this.doc.sentences[chunk.sentence]!;
    const person = (cue: string): PersonMention => personMentionOf({ sentence: chunk.sentence, start: chunk.start, end: chunk.end, nameWords: pending.words, cue });
    if (this.personNames.has(parts.full) && personShaped && place?.context !== 'strong') return person('same-name');
    if (this.organizationNames.has(pending.lower)) return organizationMentionOf({ sentence: chunk.sentence, start: chunk.start, end: chunk.end, name, cue: 'same-name' });
    if (this.placeNames.has(pending.lower)) {
      const read = place ?? readPlace(sentence, chunk);
      if (read) return read;
      // "US officials" after "in the US": the modifier use stays no place.
      if (!isAcronym(name)) return barePlace(chunk, 'same-name', undefined);
    }
    if (!chunk.headline && personShaped && this.listedAfterPlace(chunk, sentence)) {
      const listed = placeMentionOf({ ...(place ?? barePlace(chunk, 'list', 'strong')), context: 'strong', cue: 'list' });
      this.placeEndingAt.set(chunk.end, listed);
      return listed;
    }
    if (result.speech && chunk.words.length === 1 && isAcronym(chunk.words[0]!.text)) {
      return organizationMentionOf({ sentence: chunk.sentence, start: chunk.start, end: chunk.end, name, cue: 'speech' });
    }
    if (result.speech && personShaped && !(place && acceptTentative(place, chunk, sentence)) && this.speakerIsPerson(chunk)) return person('speech');
    // "Theo Epstein" when "Epstein" is already a person of the article.
    if (chunk.words.length >= 2 && personShaped && this.personNames.has(parts.surname) && place?.context !== 'strong') return person('same-surname');
    // Weak readings only once every name the article settles is known.
    if (last && place && acceptTentative(place, chunk, sentence) && !(chunk.words.length === 1 && this.givenNames.has(parts.full))) return place;
    return undefined;
  }

  /** After ", " / "and" / "or" (at most two) that follow a place named as such or itself listed. */
  private listedAfterPlace(chunk: Chunk, sentence: Sentence): boolean {
    const tokens = sentence.tokens;
    let k = chunk.words[0]!.token - 1;
    let separators = 0;
    while (k >= 0 && separators < 2 && LIST_SEPARATORS.has(tokens[k]!.text)) {
      separators++;
      k--;
    }
    if (separators === 0 || k < 0) return false;
    const previous = this.placeEndingAt.get(tokens[k]!.span.end);
    return previous !== undefined && (previous.context === 'strong' || previous.cue === 'list');
  }

  /** A verb of saying also fits companies and titles ("Microsoft said", "Vanity Fair reported"): the name needs a he or she after one of its mentions. */
  private speakerIsPerson(chunk: Chunk): boolean {
    // "Investigators said": a plural at a sentence start, capitalised nowhere else, is a common noun.
    if (chunk.initial && chunk.words.length === 1 && chunk.words[0]!.text.endsWith('s') && !this.capitalisedInside().has(chunk.words[0]!.text)) return false;
    const named = this.occurrencesOf(chunk.name);
    // A part of a split chunk ("Sacramento" of "Sacramento and Woodland") has no occurrences of its own.
    if (!named) return this.followedByPronoun(chunk);
    // Per name, once: scanning every occurrence again for each "X said" made long articles quadratic.
    let found = this.pronounAfterSomeOccurrence.get(chunk.name);
    if (found === undefined) {
      found = named.some((occurrence) => this.followedByPronoun(occurrence));
      this.pronounAfterSomeOccurrence.set(chunk.name, found);
    }
    return found;
  }

  /** "he" or "she" after the name in its sentence or in the next one. */
  private followedByPronoun(chunk: Chunk): boolean {
    const here = this.doc.sentences[chunk.sentence]!;
    const next = this.doc.sentences[chunk.sentence + 1];
    return PRONOUNS.test(here.text.slice(chunk.end - here.span.start)) || (next !== undefined && PRONOUNS.test(next.text));
  }

  /** Words capitalised where capitals mean something (not at a sentence start), somewhere in the article. */
  private capitalisedInside(): Set<string> {
    if (!this.capitalised) {
      this.capitalised = new Set<string>();
      for (const chunk of this.chunks) for (let k = chunk.initial ? 1 : 0; k < chunk.words.length; k++) this.capitalised.add(chunk.words[k]!.text);
    }
    return this.capitalised;
  }

  private occurrencesOf(name: string): Chunk[] | undefined {
    if (!this.occurrences) {
      this.occurrences = new Map<string, Chunk[]>();
      for (const chunk of this.chunks) {
        const list = this.occurrences.get(chunk.name);
        if (list) list.push(chunk);
        else this.occurrences.set(chunk.name, [chunk]);
      }
    }
    return this.occurrences.get(name);
  }
}

/**
 * The article-wide pass: the chunks nothing decided locally are matched against what the article
 * established elsewhere, in three sweeps. A name a verb of saying made a person in the first
 * ("Gunness said") is known in the second, which also takes the weaker place readings; the third
 * spreads those places to their namesakes. Decided mentions are appended to `mentions`.
 */
export function decideUnknown(doc: Document, chunks: readonly Chunk[], acronyms: ReadonlyMap<string, string>, mentions: EntityMention[], unknown: readonly Unknown[]): void {
  const evidence = new ArticleEvidence(doc, chunks, acronyms, mentions);
  let pending: Pending[] = unknown.map((result) => {
    const words = textsOf(result.chunk.words);
    return { result, words, parts: namePartsOfJoined(spacedName(result.chunk)), lower: result.chunk.name.toLowerCase(), personShaped: result.personShaped };
  });
  for (let sweep = 0; sweep < 3 && pending.length > 0; sweep++) {
    const undecided: Pending[] = [];
    for (const item of pending) {
      const decided = evidence.decide(item, sweep >= 1);
      if (!decided) {
        undecided.push(item);
        continue;
      }
      mentions.push(decided);
      evidence.learn(decided, item);
    }
    pending = undecided;
  }
}
