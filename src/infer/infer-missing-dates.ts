import type { Article, Claim, ClaimKind, Document } from '../types.js';
import { segment } from '../segment/segment.js';
import { reextractArticle } from '../extract/extract-article.js';
import { releaseScan } from '../extract/time/scan.js';
import { inferPublished } from './infer-published.js';

/**
 * The run-level step of publication-date inference: articles without a date get one inferred from
 * the whole run (basis `inferred`, with confidence and evidence), and are extracted again against it
 * so that every claim — times, and the records and meetings that read them — is resolved with it.
 * Only the kinds that depend on the date are extracted again (`reextractArticle`), from the text
 * segmented once for inference and the time expressions found in the first extraction. Runs where
 * every article has a date are returned unchanged at no cost. Claims keep article order.
 */
export function inferMissingDates(articles: readonly Article[], claims: Claim[], kinds?: readonly ClaimKind[]): Claim[] {
  if (articles.every((article) => article.published.value !== null)) return claims;
  // Each article read by inference (those without a date and the few they are paired with) is
  // segmented once; its time expressions come from the first extraction (see `scan.ts`).
  const docs = new Map<Article, Document>();
  const documentOf = (article: Article) => docs.get(article) ?? docs.set(article, segment(article)).get(article)!;
  const inferred = inferPublished(articles, documentOf);
  const byArticle = new Map<string, Claim[]>();
  if (inferred.size > 0) for (const claim of claims) (byArticle.get(claim.article) ?? byArticle.set(claim.article, []).get(claim.article)!).push(claim);
  const redone = new Map<string, Claim[]>();
  for (const article of articles) {
    const published = inferred.get(article.id);
    if (published) {
      article.published = published;
      redone.set(article.id, reextractArticle(article, byArticle.get(article.id) ?? [], kinds, docs.get(article)));
    }
    releaseScan(article);
  }
  if (inferred.size === 0) return claims;
  return articles.flatMap((article) => redone.get(article.id) ?? byArticle.get(article.id) ?? []);
}
