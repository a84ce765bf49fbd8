import type { Article, Claim, ClaimKind, Document } from '../types.js';
import { segment } from '../segment/segment.js';
import { extractArticle } from '../extract/extract-article.js';
import { releaseScan } from '../extract/time/scan.js';
import { inferPublished } from './infer-published.js';

/**
 * Extracts a whole story (every article of it, or an undated article alone in its story), its undated
 * articles dated first. Inference (`inferPublished`) reads only the story's texts, so on a thread that
 * holds the whole story the dates can be settled before extraction instead of after it: each article
 * is segmented once and extracted once, against its final date, instead of extracted, segmented again
 * for inference and extracted again for the kinds that depend on the date (`inferMissingDates`,
 * `reextractArticle`). The claims and dates are those that way gives: the other kinds do not read the
 * date, and the time expressions found for inference are the ones the extraction reads (`scan.ts`).
 *
 * Returns each article's claims, in the order given; or undefined, having changed nothing, when a text
 * inference reads cannot be segmented or inference fails: the story then goes the usual way, and the
 * run reports the failure where it always has.
 */
export function extractDatedFirst(articles: readonly Article[], kinds?: readonly ClaimKind[]): Claim[][] | undefined {
  // Segmented as inference reads them (the undated articles and the few they are paired with), and
  // kept for their extraction: a big story with one undated article never holds every document.
  const docs = new Map<Article, Document>();
  const documentOf = (article: Article) => docs.get(article) ?? docs.set(article, segment(article)).get(article)!;
  try {
    const inferred = inferPublished(articles, documentOf);
    for (const article of articles) {
      const published = inferred.get(article.id);
      if (published) article.published = published;
    }
  } catch {
    return undefined;
  } finally {
    // Inference keeps an undated article's time expressions for an extraction from another
    // segmentation; this one reads them from the document, which lets them go after the time extractor.
    for (const article of articles) releaseScan(article);
  }
  return articles.map((article) => {
    const doc = docs.get(article);
    // Each document goes once its article is extracted; one inference did not read is segmented now.
    docs.delete(article);
    return extractArticle(article, kinds, doc);
  });
}
