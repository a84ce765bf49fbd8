import { segment } from '../segment/segment.js';
import type { Article, FindingPosition, Span } from '../types.js';

/** The sentence around a position, for showing a claim in context. */
export interface PositionContext {
  /** The sentence (or the quote itself when the article text is not available). */
  text: string;
  /** Offset of `text` in the article. */
  offset: number;
  /** The claim's span relative to `text`. */
  claim: Span;
}

/**
 * Finds the sentence that holds each position. Articles are segmented once, on first use; without
 * article texts (a result read back from JSON) the quote alone is the context.
 */
export function contextFinder(articles: readonly Article[] | undefined): (position: FindingPosition) => PositionContext {
  const byId = new Map((articles ?? []).map((article) => [article.id, article]));
  const sentencesOf = new Map<string, Span[]>();
  return (position) => {
    const article = byId.get(position.article);
    const quoteOnly = { text: position.text, offset: position.span.start, claim: { start: 0, end: position.text.length } };
    if (!article || article.text.slice(position.span.start, position.span.end) !== position.text) return quoteOnly;
    let spans = sentencesOf.get(article.id);
    if (!spans) {
      spans = segment(article).sentences.map((sentence) => sentence.span);
      sentencesOf.set(article.id, spans);
    }
    const within = spans.filter((span) => span.start < Math.max(position.span.end, position.span.start + 1) && span.end > position.span.start);
    if (within.length === 0) return quoteOnly;
    // A claim may run across a sentence boundary (a quote of two sentences): take them all.
    const start = Math.min(within[0]!.start, position.span.start);
    const end = Math.max(within[within.length - 1]!.end, position.span.end);
    return {
      text: article.text.slice(start, end),
      offset: start,
      claim: { start: position.span.start - start, end: position.span.end - start },
    };
  };
}
