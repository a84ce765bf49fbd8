import type { Article, Claim, ClaimKind, ClaimValueMap } from '../../src/types.js';
import { lineStartsOf, positionOf } from '../../src/segment/lines.js';

/** An article written for a test, with a fixed publication date. */
export function makeArticle(id: string, text: string, published: string | null = null, extra: Partial<Article> = {}): Article {
  return {
    id,
    path: `${id}.txt`,
    format: 'text',
    text,
    textSource: 'file',
    published: published ? { value: published, basis: 'given', confidence: 1 } : { value: null, basis: null },
    excluded: [],
    problems: [],
    ...extra,
  };
}

let counter = 0;

/**
 * A claim on the `nth` occurrence of `quote` in the article, with a real span, line and column, so rule tests
 * exercise positions the way extracted claims have them. Sentences are counted by ". " before the quote.
 */
export function claimOn<K extends ClaimKind>(article: Article, kind: K, quote: string, value: ClaimValueMap[K], nth = 0): Claim<K> {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = article.text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`"${quote}" not in ${article.id}`);
  }
  const { line, column } = positionOf(lineStartsOf(article.text), start);
  const sentence = (article.text.slice(0, start).match(/[.!?]\s/gu) ?? []).length;
  counter += 1;
  return {
    id: `${kind}-${article.id}-${counter}`,
    article: article.id,
    kind,
    text: quote,
    span: { start, end: start + quote.length },
    line,
    column,
    sentence,
    value,
    certainty: {},
  };
}
