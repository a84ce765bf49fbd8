import type { Claim, Document, Sentence, Span } from '../../types.js';
import { decideUnknown, type Unknown } from './article-wide-pass.js';
import { chunksOf, lowerCaseVocabulary, makeChunk, type Chunk, type ChunkWord } from './chunks.js';
import { classifyChunk } from './classify.js';
import { definedAcronyms } from './acronyms.js';
import { GENERIC_ACRONYMS } from './lexicon/common-words.js';
import type { EntityMention, OrganizationMention, PersonMention, PlaceMention } from './mentions.js';
import { organizationInitials } from './read-organization.js';
import { SpanIndex } from '../../util/span-index.js';
import { DocumentCache } from '../document-cache.js';

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

/** The entities of each document, read by the person, organisation and place extractors (see the registry). */
export const ENTITIES_CACHE = new DocumentCache<DocumentEntities>();

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "Manokwari Jan. 4", "Queens Friday": a weekday, or a month before a day number, closing a chunk belongs to the date. */
function withoutTrailingDate(chunk: Chunk, sentence: Sentence): Chunk {
  const last = chunk.words[chunk.words.length - 1]!;
  const folded = last.folded;
  if (chunk.words.length < 2 || !CALENDAR.has(folded)) return chunk;
  const rest = sentence.text.slice(last.end - sentence.span.start, last.end - sentence.span.start + 4);
  if (!WEEKDAYS.has(folded) && !/^\.?\s*\d/u.test(rest)) return chunk;
  const words = chunk.words.slice(0, -1);
  return makeChunk(sentence, words, false, chunk.initial, chunk.headline);
}


/** "Labour Day", "Jan.", "TV": a chunk word that names a date or a common thing, never an entity on its own. */
function isCalendarOrGeneric(word: ChunkWord): boolean {
  const text = word.text;
  return CALENDAR.has(word.folded) || GENERIC_ACRONYMS.has(text.includes('.') ? text.replace(/\./gu, '') : text);
}

function onlyCalendarOrGeneric(chunk: Chunk): boolean {
  const words = chunk.words;
  for (let k = 0; k < words.length; k++) if (!isCalendarOrGeneric(words[k]!)) return false;
  return true;
}

/** The capitalised chunks of the article, without dates and the words the time claims already hold. */
function collectChunks(doc: Document, vocabulary: ReadonlySet<string>, earlier: readonly Claim[]): Chunk[] {
  const timeSpans: Span[] = [];
  for (let k = 0; k < earlier.length; k++) if (earlier[k]!.kind === 'time') timeSpans.push(earlier[k]!.span);
  const times = new SpanIndex(timeSpans);
  const chunks: Chunk[] = [];
  // Indexed loops here and below: they run for every sentence and chunk of a run, mostly before V8
  // optimises them, where an array iterator costs a call per step.
  const sentences = doc.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const found = chunksOf(sentence, vocabulary);
    for (let k = 0; k < found.length; k++) {
      const chunk = withoutTrailingDate(found[k]!, sentence);
      if (onlyCalendarOrGeneric(chunk)) continue;
      if (times.contains(chunk.start, chunk.end)) continue;
      chunks.push(chunk);
    }
  }
  return chunks;
}

/**
 * Reads the people, organisations and places of one article, once (memoised per document: the
 * three extractors share it). First each chunk on local evidence (`classify.ts`); then the chunks
 * nothing decided are matched against what the article established elsewhere
 * (`article-wide-pass.ts`) — a surname already known as a person's, an acronym, a place named
 * before — and only then against weaker cues.
 */
export function analyzeEntities(doc: Document, earlier: readonly Claim[] = []): DocumentEntities {
  const cached = ENTITIES_CACHE.get(doc);
  if (cached) return cached;
  const text = doc.article.text;
  const chunks = collectChunks(doc, lowerCaseVocabulary(doc.sentences), earlier);
  const acronyms = definedAcronyms(doc.sentences, chunks, text);
  const context = { text, chunks, acronyms, initials: organizationInitials(chunks) };
  const mentions: EntityMention[] = [];
  const unknown: Unknown[] = [];
  const sentences = doc.sentences;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    const results = classifyChunk(context, sentences[chunk.sentence]!, chunk);
    for (let r = 0; r < results.length; r++) {
      const result = results[r]!;
      if (result.status === 'unknown') unknown.push(result);
      else for (let m = 0; m < result.mentions.length; m++) mentions.push(result.mentions[m]!);
    }
  }
  decideUnknown(doc, chunks, acronyms, mentions, unknown);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const entities: DocumentEntities = {
    persons: mentions.filter((mention): mention is PersonMention => mention.kind === 'person'),
    organizations: mentions.filter((mention): mention is OrganizationMention => mention.kind === 'organization'),
    places: mentions.filter((mention): mention is PlaceMention => mention.kind === 'place'),
    acronyms,
  };
  ENTITIES_CACHE.set(doc, entities);
  return entities;
}
