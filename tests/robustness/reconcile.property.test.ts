import fc from 'fast-check';
import { extractDocument } from '../../src/extract/extract-document.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import { segment } from '../../src/segment/segment.js';
import type { Article, Claim } from '../../src/types.js';
import { generateArticle } from '../helpers/generate-article.js';
import { newsText } from './arbitraries.js';

// The reconciler never sets a claim against itself: no finding names one claim twice, and beside
// exact copies of an article no disagreement is between a claim and its own copies. (An article
// may well disagree with itself, e.g. two different tolls; its copies then repeat that, rightly.)
function articleOf(id: string, text: string): Article {
  return {
    id, path: `${id}.txt`, format: 'text', text, textSource: 'file',
    published: { value: '2019-07-22', basis: 'given', confidence: 1 }, excluded: [], problems: [],
  };
}

function check(texts: readonly string[]) {
  const articles = texts.map((text, i) => articleOf(`a${i}`, text));
  const claims: Claim[] = [];
  for (const article of articles) for (const claim of extractDocument(segment(article), EXTRACTORS, article.published)) claims.push(claim);
  return { articles, claims, ...reconcile(articles, claims) };
}

const storyText = fc.oneof(
  fc.record({ size: fc.integer({ min: 200, max: 1500 }), seed: fc.nat() }).map(({ size, seed }) => generateArticle(size, seed)),
  newsText,
);

test('no finding names the same claim twice', () => {
  fc.assert(
    fc.property(fc.array(storyText, { minLength: 2, maxLength: 3 }), (texts) => {
      for (const finding of check(texts).findings) {
        const ids = finding.positions.map((position) => position.claim).filter((id) => id !== null);
        expect({ finding: finding.message, duplicates: ids.length - new Set(ids).size }).toEqual({ finding: finding.message, duplicates: 0 });
      }
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) },
  );
});

test('an article beside exact copies of itself: no disagreement sets a claim against its own copy', () => {
  fc.assert(
    fc.property(storyText, fc.integer({ min: 2, max: 3 }), (text, copies) => {
      const run = check(Array.from({ length: copies }, () => text));
      // In copies, "the same claim" is the same kind at the same span.
      const keyOf = new Map(run.claims.map((claim) => [claim.id, `${claim.kind}@${claim.span.start}-${claim.span.end}`]));
      for (const finding of run.findings) {
        if (finding.verdict === 'corroborated') continue;
        const keys = new Set(finding.positions.map((position) => keyOf.get(position.claim ?? '') ?? position.claim));
        expect({ finding: finding.message, distinctClaims: keys.size > 1 }).toEqual({ finding: finding.message, distinctClaims: true });
      }
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) },
  );
});
