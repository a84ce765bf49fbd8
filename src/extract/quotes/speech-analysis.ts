import type { Claim, Document, Span } from '../../types.js';
import { findAttributions, type Attribution } from './attributions.js';
import { findMarkedQuotes, type MarkedQuote } from './quote-marks.js';
import { SpeakerResolver, type ResolvedSpeaker } from './speaker-resolution.js';
import { subjectAt } from './speaker-phrase.js';
import { sentenceIndexAt } from '../../segment/sentence-at.js';
import { DocumentCache } from '../document-cache.js';

/** A direct quote with the sentence it starts in and its speaker. */
export interface DirectQuote extends MarkedQuote {
  sentence: number;
  speaker: ResolvedSpeaker | undefined;
}

export interface ResolvedAttribution extends Attribution {
  resolved: ResolvedSpeaker;
}

/** Who says what in one article: direct quotes and attributions, speakers resolved. */
export interface SpeechAnalysis {
  quotes: DirectQuote[];
  attributions: ResolvedAttribution[];
  /** Attributions by sentence index, for lookups by position. */
  bySentence: Map<number, ResolvedAttribution[]>;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** The attribution that introduces a quote: its content covers the quote and its speaker is outside. */
function attributionOf(quote: MarkedQuote, candidates: readonly ResolvedAttribution[]): ResolvedAttribution | undefined {
  let best: ResolvedAttribution | undefined;
  let bestDistance = Infinity;
  for (const attribution of candidates) {
    // "put", "estimated" attribute figures, not words.
    if (!attribution.speech) continue;
    if (!overlaps(attribution.content, quote.inner) || overlaps(attribution.speaker.span, quote.outer)) continue;
    const distance = Math.min(Math.abs(attribution.speaker.span.start - quote.outer.end), Math.abs(quote.outer.start - attribution.speaker.span.end));
    if (distance < bestDistance) {
      best = attribution;
      bestDistance = distance;
    }
  }
  return best;
}

/** Who says what in a document: read by the quantity and quote extractors. */
export const SPEECH_CACHE = new DocumentCache<SpeechAnalysis>();

/**
 * Finds the direct quotes and attributions of a document and resolves their speakers in reading
 * order. A quote without its own attribution takes the speaker announced by a sentence ending in a
 * colon just before it, or continues the quote right before it (news style splits long quotes).
 * Cached per document: the quote and quantity extractors both use it.
 */
export function analyseSpeech(doc: Document, earlier: readonly Claim[]): SpeechAnalysis {
  const cached = SPEECH_CACHE.get(doc);
  if (cached) return cached;
  const text = doc.article.text;
  // Quotes outside every sentence (in excluded boilerplate) are dropped.
  const marked = findMarkedQuotes(text, doc.article.excluded).filter((quote) => inSomeSentence(doc, quote.inner));
  const quotedBySentence = quotesBySentence(doc, marked);
  const raw = doc.sentences.map((sentence) => findAttributions(sentence, quotedBySentence[sentence.index] ?? NONE));
  const resolver = new SpeakerResolver(doc, earlier);
  const attributions: ResolvedAttribution[] = [];
  // Filled in reading order: a quote looks up the attributions of its own or an earlier sentence.
  const bySentence = new Map<number, ResolvedAttribution[]>();
  const quotes: DirectQuote[] = [];
  let nextQuote = 0;
  let previous: DirectQuote | undefined;
  for (const sentence of doc.sentences) {
    for (const attribution of raw[sentence.index]!) {
      // The attributions found above belong to this analysis alone: each is completed in place
      // with its resolved speaker (the fields a copy would have, in the same order), not copied.
      const resolved = attribution as ResolvedAttribution;
      resolved.resolved = resolver.resolve(attribution.speaker, sentence.index);
      attributions.push(resolved);
      const list = bySentence.get(resolved.sentence);
      if (list) list.push(resolved);
      else bySentence.set(resolved.sentence, [resolved]);
    }
    // Quotes that end in this sentence: their attribution is here or in the sentence they start in.
    while (nextQuote < marked.length && marked[nextQuote]!.inner.end <= sentence.span.end) {
      const quote = marked[nextQuote++]!;
      const first = sentenceIndexAt(doc, quote.inner.start);
      const candidates: ResolvedAttribution[] = [];
      for (let k = attributions.length - 1; k >= 0 && attributions[k]!.sentence >= first; k--) candidates.push(attributions[k]!);
      const own = attributionOf(quote, candidates);
      let speaker = own?.resolved;
      if (!speaker) speaker = colonSpeaker(doc, quote, first, bySentence, resolver);
      if (!speaker) {
        // "X told reporters she was unaware of it but “…”": the sentence's speaker goes on.
        const before = candidates.filter((a) => a.speech && a.sentence === sentenceIndexAt(doc, quote.outer.start) && a.verbSpan.end <= quote.outer.start);
        const last = before.sort((a, b) => a.verbSpan.start - b.verbSpan.start)[before.length - 1];
        if (last) speaker = { ...last.resolved, via: 'continuation' };
      }
      if (!speaker && previous?.speaker && onlySpaceBetween(doc, previous.outer.end, quote)) {
        speaker = { ...previous.speaker, via: 'continuation' };
      }
      if (!speaker && first > 0 && onlySpaceBetween(doc, doc.sentences[first - 1]!.span.end, quote)) {
        // A quote that opens right after "…, said Mr X." carries on Mr X's words.
        const reported = (bySentence.get(first - 1) ?? NONE).filter((a) => a.speech && a.resolved.kind !== 'unknown');
        const last = reported[reported.length - 1];
        if (last) speaker = { ...last.resolved, via: 'continuation' };
      }
      const direct: DirectQuote = { ...quote, sentence: first, speaker };
      quotes.push(direct);
      previous = direct;
      if (speaker && !own) resolver.remember(speaker, sentence.index);
    }
  }
  const analysis = { quotes, attributions, bySentence };
  SPEECH_CACHE.set(doc, analysis);
  return analysis;
}

/** "Mr X disagreed with the minister:" then a quote: the speaker of the sentence ending in a colon. */
function colonSpeaker(doc: Document, quote: MarkedQuote, first: number, bySentence: ReadonlyMap<number, readonly ResolvedAttribution[]>, resolver: SpeakerResolver): ResolvedSpeaker | undefined {
  const sentence = doc.sentences[first]!;
  const before = doc.article.text.slice(sentence.span.start, quote.outer.start).trimEnd();
  let announcing: number;
  if (before.endsWith(':')) announcing = first;
  else if (before === '' && first > 0 && doc.sentences[first - 1]!.text.trimEnd().endsWith(':')) announcing = first - 1;
  else return undefined;
  const candidates = (bySentence.get(announcing) ?? NONE).filter((a) => a.verbSpan.start < quote.outer.start);
  const last = candidates[candidates.length - 1];
  if (last) return { ...last.resolved, via: 'colon' };
  // "The minister answered his critics:" — whatever the verb, the subject announces the quote.
  const announcer = doc.sentences[announcing]!;
  const subject = subjectAt({ tokens: announcer.tokens, from: 0, to: announcer.tokens.length, text: announcer.text, offset: announcer.span.start }, 0);
  return subject ? { ...resolver.resolve(subject, announcing), via: 'colon' } : undefined;
}

/** True when nothing but space separates the sentence holding `previousEnd` from `next`. */
function onlySpaceBetween(doc: Document, previousEnd: number, next: MarkedQuote): boolean {
  const end = doc.sentences[sentenceIndexAt(doc, previousEnd - 1)]!.span.end;
  if (end > next.outer.start) return false;
  return doc.article.text.slice(end, next.outer.start).trim() === '';
}

/**
 * The speaker a figure at `offset` is attributed to: the attribution whose content holds it
 * (the narrowest), else the speaker of the direct quote around it.
 */
export function speakerAt(analysis: SpeechAnalysis, sentence: number, offset: number): ResolvedSpeaker | undefined {
  let best: ResolvedAttribution | undefined;
  for (const attribution of analysis.bySentence.get(sentence) ?? []) {
    if (!within({ start: offset, end: offset + 1 }, attribution.content)) continue;
    if (!best || attribution.content.end - attribution.content.start < best.content.end - best.content.start) best = attribution;
  }
  if (best) return best.resolved;
  return quoteAt(analysis.quotes, offset)?.speaker;
}

/**
 * The quote whose words hold `offset`. Quotes come in text order and never overlap (each closes
 * before the next opens), so the only candidate is the last one starting at or before it.
 */
function quoteAt(quotes: readonly DirectQuote[], offset: number): DirectQuote | undefined {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (quotes[mid]!.inner.start <= offset) low = mid + 1;
    else high = mid;
  }
  const quote = quotes[low - 1];
  return quote && within({ start: offset, end: offset + 1 }, quote.inner) ? quote : undefined;
}

const NONE: readonly never[] = [];

/** Whether a span overlaps any sentence: sentences are sorted and disjoint, so only two can. */
function inSomeSentence(doc: Document, span: Span): boolean {
  const index = sentenceIndexAt(doc, span.start);
  const here = doc.sentences[index];
  const next = doc.sentences[index + 1];
  return here !== undefined && (overlaps(here.span, span) || (next !== undefined && overlaps(next.span, span)));
}

/**
 * The outer spans of the quotes overlapping each sentence, by sentence index: an attribution only
 * asks whether a word of its own sentence is quoted, so it never looks through the whole article.
 */
function quotesBySentence(doc: Document, quotes: readonly MarkedQuote[]): Span[][] {
  const lists: Span[][] = [];
  for (const quote of quotes) {
    const { outer } = quote;
    for (let s = sentenceIndexAt(doc, outer.start); s < doc.sentences.length && doc.sentences[s]!.span.start < outer.end; s++) {
      if (!overlaps(doc.sentences[s]!.span, outer)) continue;
      (lists[s] ??= []).push(outer);
    }
  }
  return lists;
}
