import type { Article, Claim, ClaimKind, Document } from '../types.js';
import { segment } from '../segment/segment.js';
import { extractArticle } from '../extract/extract-article.js';
import { releaseScan } from '../extract/time/scan.js';
import { inferPublished } from './infer-published.js';

/**
 * Extracts an undated article that is alone in its story, dated first. Inference (`inferPublished`)
 * dates such an article from its own text only, as there is no other article to borrow from, so its
 * date can be settled before its extraction instead of after it: the article is segmented once and
 * extracted once, against its date, instead of extracted, segmented again for inference and extracted
 * again for the kinds that depend on the date (`inferMissingDates`, `reextractArticle`). The claims
 * and the date are those the run would give: the other kinds do not read the date.
 *
 * Returns undefined, having done nothing, when the text cannot be segmented or dated: the article
 * then goes the usual way, and the run reports the failure where it always has.
 */
export function extractLoneUndated(article: Article, kinds?: readonly ClaimKind[]): Claim[] | undefined {
  let doc: Document;
  try {
    doc = segment(article);
    const published = inferPublished([article], () => doc).get(article.id);
    if (published) article.published = published;
  } catch {
    return undefined;
  } finally {
    // Inference keeps an undated article's time expressions for an extraction from another
    // segmentation; this one reads them from the document, which lets them go after the time extractor.
    releaseScan(article);
  }
  return extractArticle(article, kinds, doc);
}
