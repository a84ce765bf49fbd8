import type { Article, Claim, ClaimKind, Document } from '../types.js';
import { segment } from '../segment/segment.js';
import { extractArticle } from '../extract/extract-article.js';
import { scannedDocument } from '../extract/time/scan.js';
import { inferPublished } from './infer-published.js';

/** The segmented text of an article: the one its time expressions were read from, or a new one. */
function documentOf(article: Article): Document {
  return scannedDocument(article) ?? segment(article);
}

/**
 * The run-level step of publication-date inference: articles without a date get one inferred from
 * the whole run (basis `inferred`, with confidence and evidence), and are extracted again against it
 * so that every claim — times, and the records and meetings that read them — is resolved with it.
 * Runs where every article has a date are returned unchanged at no cost. Claims keep article order.
 */
export function inferMissingDates(articles: readonly Article[], claims: Claim[], kinds?: readonly ClaimKind[]): Claim[] {
  if (articles.every((article) => article.published.value !== null)) return claims;
  const inferred = inferPublished(articles, documentOf);
  if (inferred.size === 0) return claims;
  const redone = new Map<string, Claim[]>();
  for (const article of articles) {
    const published = inferred.get(article.id);
    if (!published) continue;
    article.published = published;
    redone.set(article.id, extractArticle(article, kinds));
  }
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) (byArticle.get(claim.article) ?? byArticle.set(claim.article, []).get(claim.article)!).push(claim);
  return articles.flatMap((article) => redone.get(article.id) ?? byArticle.get(article.id) ?? []);
}
