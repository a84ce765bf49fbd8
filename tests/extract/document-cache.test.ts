import type { Extractor } from '../../src/types.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { segment } from '../../src/segment/segment.js';
import { SCAN_CACHE } from '../../src/extract/time/scan.js';
import { ENTITIES_CACHE } from '../../src/extract/people/entity-analysis.js';
import { VIEWS_CACHE } from '../../src/extract/events/build-views.js';
import { SPEECH_CACHE } from '../../src/extract/quotes/speech-analysis.js';
import { makeArticle } from '../helpers/claims.js';

const TEXT =
  'Foreign Minister Tomas Arvel arrived in Velloria on Tuesday, the first visit by a Marenbury foreign minister in 12 years.\n\n' +
  '"We have waited too long," Arvel told reporters after the talks, which lasted three hours.';

describe('document caches shared by extractors', () => {
  test('each is there for its later readers and let go after its last one', () => {
    const article = makeArticle('arvel', TEXT, '2023-05-19');
    const doc = segment(article);
    const caches = { time: SCAN_CACHE, entities: ENTITIES_CACHE, views: VIEWS_CACHE, speech: SPEECH_CACHE };
    const held: Record<string, string[]> = {};
    // What each extractor finds in the caches when it starts.
    const watched: Extractor[] = EXTRACTORS.map((extractor) => ({
      ...extractor,
      extract(context) {
        held[extractor.kind] = Object.entries(caches)
          .filter(([, cache]) => cache.get(doc) !== undefined)
          .map(([name]) => name);
        return extractor.extract(context);
      },
    }));
    const claims = extractDocument(doc, watched, article.published);
    expect(claims.length).toBeGreaterThan(0);
    expect(held).toEqual({
      time: [],
      person: [],
      organization: ['entities'],
      place: ['entities'],
      record: [],
      meeting: ['views'],
      quantity: [],
      quote: ['speech'],
    });
    for (const cache of Object.values(caches)) expect(cache.get(doc)).toBeUndefined();
  });
});
