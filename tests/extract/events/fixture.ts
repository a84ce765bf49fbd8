import type { Article, Claim, ClaimDraft, ClaimKind, ClaimValueMap, Document, Extractor } from '../../../src/types.js';
import { segment } from '../../../src/segment/segment.js';
import { extractDocument } from '../../../src/extract/extract-document.js';

/** An article of the given text, published on `published` (or with no date), segmented. */
export function documentOf(text: string, published: string | null = '2024-05-02'): Document {
  const article: Article = {
    id: 'case',
    path: 'case.txt',
    format: 'text',
    text,
    textSource: 'file',
    published: published === null ? { value: null, basis: null } : { value: published, basis: 'given' },
    excluded: [],
    problems: [],
  };
  return segment(article);
}

/** A claim the test states by hand: the quote (its first occurrence, or the nth) and the value. */
export interface Given<K extends ClaimKind = ClaimKind> {
  kind: K;
  quote: string;
  value: ClaimValueMap[K];
  nth?: number;
}

export const person = (quote: string, canonical: string, nth = 0): Given<'person'> => ({
  kind: 'person',
  quote,
  nth,
  value: { name: quote, canonical, entity: canonical.toLowerCase().replace(/\s+/gu, '-'), mention: 'full-name' },
});

export const place = (quote: string, nth = 0): Given<'place'> => ({ kind: 'place', quote, nth, value: { name: quote, containedIn: [] } });

export const date = (quote: string, value: string, start: string, end: string, nth = 0): Given<'time'> => ({
  kind: 'time',
  quote,
  nth,
  value: { timex: { type: 'DATE', value }, interval: { start, end } },
});

export const duration = (quote: string, value: string, extra: { mod?: string; anchor?: string } = {}): Given<'time'> => ({
  kind: 'time',
  quote,
  value: { timex: { type: 'DURATION', value, ...extra } },
});

function spanOf(text: string, quote: string, nth: number): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { start, end: start + quote.length };
}

/** One extractor per given kind, standing in for the real one so each test controls its input. */
function givenExtractors(text: string, given: readonly Given[]): Extractor[] {
  const kinds = [...new Set(given.map((claim) => claim.kind))];
  return kinds.map((kind) => ({
    kind,
    extract: (): ClaimDraft[] =>
      given.filter((claim) => claim.kind === kind).map((claim) => ({ kind, span: spanOf(text, claim.quote, claim.nth ?? 0), value: claim.value })),
  }));
}

/** Runs `extractors` over `doc` after the given claims, and returns the claims of `kind`. */
export function claimsOf<K extends ClaimKind>(kind: K, doc: Document, extractors: readonly Extractor[], given: readonly Given[] = []): Claim<K>[] {
  const claims = extractDocument(doc, [...givenExtractors(doc.article.text, given), ...extractors], doc.article.published);
  return claims.filter((claim): claim is Claim<K> => claim.kind === kind);
}

/** The claims' quotes, in order. */
export const quotes = (claims: readonly Claim[]): string[] => claims.map((claim) => claim.text);
