import { DocumentCache } from '../../src/extract/document-cache.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { segment } from '../../src/segment/segment.js';
import type { Document, Extractor } from '../../src/types.js';
import { makeArticle } from '../helpers/claims.js';

describe('document caches shared by extractors', () => {
  test('a cache is let go right after the last extractor that reads it, not before', () => {
    const cache = new DocumentCache<string>();
    const seen: (string | undefined)[] = [];
    const reader = (kind: 'person' | 'place', write: boolean): Extractor => ({
      kind,
      caches: [cache],
      extract({ doc }) {
        seen.push(cache.get(doc));
        if (write) cache.set(doc, 'names of the article');
        return [];
      },
    });
    const after: Extractor = { kind: 'quote', extract: ({ doc }) => (seen.push(cache.get(doc)), []) };
    const doc: Document = segment(makeArticle('a', 'Mayor Ana Ruiz opened the bridge.', '2025-02-01'));
    extractDocument(doc, [reader('person', true), reader('place', false), after], { value: '2025-02-01', basis: 'given' });
    // The second reader finds what the first kept; the extractor after the last reader finds nothing.
    expect(seen).toEqual([undefined, 'names of the article', undefined]);
    expect(cache.get(doc)).toBeUndefined();
  });
});
