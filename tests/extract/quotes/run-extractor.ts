import type { Claim, ClaimKind, Extractor } from '../../../src/types.js';
import { extractDocument } from '../../../src/extract/extract-document.js';
import { segment } from '../../../src/segment/segment.js';
import { makeArticle } from '../../helpers/claims.js';

/** Runs extractors over a text written for a test (published 2024-05-06), returning claims of `kind`. */
export function claimsOf<K extends ClaimKind>(kind: K, text: string, extractors: readonly Extractor[], id = 'a'): Claim<K>[] {
  const article = makeArticle(id, text, '2024-05-06');
  return extractDocument(segment(article), extractors, article.published).filter((claim): claim is Claim<K> => claim.kind === kind);
}
