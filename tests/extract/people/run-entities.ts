import type { Claim, ClaimKind } from '../../../src/types.js';
import { extractDocument } from '../../../src/extract/extract-document.js';
import { organizationExtractor } from '../../../src/extract/people/organization-extractor.js';
import { personExtractor } from '../../../src/extract/people/person-extractor.js';
import { placeExtractor } from '../../../src/extract/places/place-extractor.js';
import { segment } from '../../../src/segment/segment.js';
import { makeArticle } from '../../helpers/claims.js';

/** Runs the person, organisation and place extractors over a text written for a test (published 2024-05-06). */
export function entityClaims(text: string, id = 'a'): Claim[] {
  const article = makeArticle(id, text, '2024-05-06');
  return extractDocument(segment(article), [personExtractor, organizationExtractor, placeExtractor], article.published);
}

/** The claims of one kind, each checked to quote the article exactly at its span. */
export function claimsOf<K extends ClaimKind>(kind: K, text: string, id = 'a'): Claim<K>[] {
  const claims = entityClaims(text, id).filter((claim): claim is Claim<K> => claim.kind === kind);
  for (const claim of claims) expect(text.slice(claim.span.start, claim.span.end)).toBe(claim.text);
  return claims;
}

/** The span of the `nth` occurrence of `quote` in `text`. */
export function spanOf(text: string, quote: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`"${quote}" not in the text`);
  }
  return { start, end: start + quote.length };
}
