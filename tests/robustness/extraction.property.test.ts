import fc from 'fast-check';
import { extractDocument } from '../../src/extract/extract-document.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { ArticleError, readArticle } from '../../src/ingest/read-article.js';
import { segment } from '../../src/segment/segment.js';
import type { Article, Claim, PublishedDate } from '../../src/types.js';
import { articleFile, newsText } from './arbitraries.js';

// Moderate run counts: every run goes through all extractors, and the machine has two cores.
const PUBLISHED: PublishedDate = { value: '2019-07-22', basis: 'given', confidence: 1 };

function articleOf(text: string): Article {
  return { id: 'p', path: 'p.txt', format: 'text', text, textSource: 'file', published: PUBLISHED, excluded: [], problems: [] };
}

function extract(article: Article): Claim[] {
  return extractDocument(segment(article), EXTRACTORS, article.published);
}

function expectQuotedExactly(text: string, claims: readonly Claim[]): void {
  for (const claim of claims) {
    expect(Number.isInteger(claim.span.start) && Number.isInteger(claim.span.end)).toBe(true);
    expect(0 <= claim.span.start && claim.span.start < claim.span.end && claim.span.end <= text.length).toBe(true);
    expect(text.slice(claim.span.start, claim.span.end)).toBe(claim.text);
  }
}

test('for any text: segmentation and extraction never throw, spans lie inside and quote exactly, ids are stable', () => {
  fc.assert(
    fc.property(newsText, (text) => {
      const article = articleOf(text);
      const doc = segment(article);
      for (const sentence of doc.sentences) {
        expect(text.slice(sentence.span.start, sentence.span.end)).toBe(sentence.text);
        for (const token of sentence.tokens) expect(text.slice(token.span.start, token.span.end)).toBe(token.text);
      }
      const claims = extract(article);
      expectQuotedExactly(text, claims);
      expect(extract(articleOf(text))).toEqual(claims);
      expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
  );
});

test('for any .txt/.md file: every claim is the file as read at its span (text === file.slice(start, end))', () => {
  fc.assert(
    fc.property(articleFile, fc.constantFrom('text', 'markdown') as fc.Arbitrary<'text' | 'markdown'>, ({ text, bom }, format) => {
      const bytes = new TextEncoder().encode(`${bom ? '\ufeff' : ''}${text}`);
      let article: Article;
      try {
        article = readArticle(`p.${format === 'text' ? 'txt' : 'md'}`, bytes, format);
      } catch (error) {
        // Only "nothing to check" may stop an article; anything else is a bug.
        expect(error).toBeInstanceOf(ArticleError);
        return;
      }
      expect(article.text).toBe(text);
      for (const range of article.excluded) expect(0 <= range.span.start && range.span.start <= range.span.end && range.span.end <= text.length).toBe(true);
      expectQuotedExactly(text, extract(article));
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
  );
});
