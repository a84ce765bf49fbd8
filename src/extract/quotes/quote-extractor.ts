import type { Certainty, ClaimDraft, Extractor, ExtractorContext, QuoteValue, Span } from '../../types.js';
import type { ResolvedSpeaker } from './speaker-resolution.js';
import { analyseSpeech, type DirectQuote } from './speech-analysis.js';

// Scare quotes ("a “cheating” China") are not quotes of anyone unless a speech verb claims them.
const MIN_WORDS_UNATTRIBUTED = 3;
// Reported speech shorter than this is usually a fragment ("he said so").
const MIN_WORDS_REPORTED = 4;
// Verbs that frame a direct quote but do not report speech of their own.
const FRAMING_VERBS = new Set(['called', 'calls', 'described', 'describes', 'dubbed', 'termed', 'branded']);

/** Counts words up to `limit` (all that the thresholds need). */
function hasWords(text: string, limit: number): boolean {
  const word = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (count < limit && word.exec(text)) count++;
  return count >= limit;
}
// Anything but single inner spaces: a tab or line break, two spaces, a space at either end.
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/u;
/** Runs of white space as one space, trimmed; most quotes are that already and are kept as they are. */
const normalizeSpace = (text: string) => (UNEVEN_SPACE.test(text) ? text.replace(/\s+/gu, ' ').trim() : text);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Whether `span` overlaps a quote's marks or words. Quotes come in text order and never overlap, so
 * their ends are sorted too: the first quote ending after the span starts is the only one to test.
 */
function overlapsAQuote(quotes: readonly DirectQuote[], span: Span): boolean {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (quotes[mid]!.outer.end <= span.start) low = mid + 1;
    else high = mid;
  }
  const quote = quotes[low];
  return quote !== undefined && overlaps(quote.outer, span);
}

/** A quote's value; fields are added in the order the reports show them. */
function quoteValue(quote: string, speaker: ResolvedSpeaker | undefined, direct: boolean, verb?: string): QuoteValue {
  const value = { quote } as QuoteValue;
  if (speaker?.speaker !== undefined) value.speaker = speaker.speaker;
  value.speakerKind = speaker ? speaker.kind : 'unknown';
  if (speaker) value.speakerText = speaker.text;
  if (speaker?.entity !== undefined) value.speakerEntity = speaker.entity;
  if (speaker && speaker.via !== 'phrase') value.resolvedBy = speaker.via;
  value.direct = direct;
  if (verb !== undefined) value.verb = verb;
  return value;
}

function certaintyOf(speaker: ResolvedSpeaker | undefined): Record<string, Certainty> {
  return speaker?.speaker === undefined ? {} : { speaker: speaker.via === 'phrase' ? 'stated' : 'implied' };
}

/**
 * Direct quotes (between quotation marks) and reported speech ("he said that …"), each with its
 * speaker: named, anonymous ("a senior US official") or unknown. Pronouns are resolved to the
 * nearest earlier speaker, or person when the people extractor ran.
 */
export const quoteExtractor: Extractor = {
  kind: 'quote',
  requires: ['person'],
  extract({ doc, earlier }: ExtractorContext): ClaimDraft[] {
    const { quotes, attributions } = analyseSpeech(doc, earlier);
    const text = doc.article.text;
    const drafts: ClaimDraft<'quote'>[] = [];
    for (const quote of quotes) {
      const words = text.slice(quote.inner.start, quote.inner.end);
      const attributed = quote.speaker !== undefined && quote.speaker.via !== 'continuation';
      if (!hasWords(words, attributed ? 1 : MIN_WORDS_UNATTRIBUTED)) continue;
      const value = quoteValue(normalizeSpace(words), quote.speaker, true);
      if (/^\p{Ll}/u.test(words)) value.partial = true;
      drafts.push({ kind: 'quote', span: quote.inner, value, certainty: certaintyOf(quote.speaker) });
    }
    const seen = new Set<string>();
    for (const attribution of attributions) {
      if (!attribution.speech || FRAMING_VERBS.has(attribution.verb)) continue;
      const { content } = attribution;
      const key = `${content.start}:${content.end}`;
      if (content.end <= content.start || seen.has(key)) continue;
      if (overlapsAQuote(quotes, content)) continue;
      const words = text.slice(content.start, content.end);
      if (!hasWords(words, MIN_WORDS_REPORTED)) continue;
      // "Ms X explained to the delegation:" announces a quote; its own words are not speech.
      if (/^\s*:/u.test(text.slice(content.end, content.end + 3))) continue;
      seen.add(key);
      drafts.push({
        kind: 'quote',
        span: content,
        value: quoteValue(normalizeSpace(words), attribution.resolved, false, attribution.verb),
        certainty: certaintyOf(attribution.resolved),
      });
    }
    return drafts;
  },
};
