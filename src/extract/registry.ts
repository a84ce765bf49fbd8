import type { ClaimKind, Extractor } from '../types.js';
import { timeExtractor } from './time/time-extractor.js';
import { personExtractor } from './people/person-extractor.js';
import { organizationExtractor } from './people/organization-extractor.js';
import { placeExtractor } from './places/place-extractor.js';
import { recordExtractor } from './records/record-extractor.js';
import { meetingExtractor } from './events/meeting-extractor.js';
import { quantityExtractor } from './quantities/quantity-extractor.js';
import { quoteExtractor } from './quotes/quote-extractor.js';
import { VIEWS_CACHE } from './events/build-views.js';
import { SPEECH_CACHE } from './quotes/speech-analysis.js';
import { SCAN_CACHE } from './time/scan.js';
import { ENTITIES_CACHE } from './people/entity-analysis.js';

/**
 * The extractors, in the order they run. Later ones read the claims of earlier ones: people and
 * places before meetings (participants, where), time before records and meetings (when).
 */
export const EXTRACTORS: readonly Extractor[] = [
  // The time expressions found in the document (read by inference before, when it dates the article
  // first) are let go after the time claims.
  { ...timeExtractor, caches: [SCAN_CACHE] },
  // People, organisations and places share one reading of the article's names (memoised per
  // document, let go after the places); they follow time, whose claims keep weekdays and months out
  // of the names.
  { ...personExtractor, caches: [ENTITIES_CACHE] },
  { ...organizationExtractor, caches: [ENTITIES_CACHE] },
  { ...placeExtractor, caches: [ENTITIES_CACHE] },
  // Records read time and person claims (the since-phrase's date and holder); meetings read
  // everything before them and skip event words inside a record ("the first visit … since 2010").
  // Both read the sentence views, let go after the meetings.
  { ...recordExtractor, caches: [VIEWS_CACHE] },
  { ...meetingExtractor, caches: [VIEWS_CACHE] },
  // Quantities and quotes read person claims to resolve "he said"; both share one reading of
  // who says what (memoised per document, let go after the quotes).
  { ...quantityExtractor, caches: [SPEECH_CACHE] },
  { ...quoteExtractor, caches: [SPEECH_CACHE] },
];

/**
 * The kinds whose claims change with the publication date: time expressions are resolved against it,
 * records count their gap back from it, meetings take their dates from time and record claims. The
 * other extractors read at most the spans and types of time claims, which the date does not change,
 * so an article dated later (inference) keeps their claims and is extracted again for these kinds
 * only (`reextractArticle`). An extractor that starts reading time values must be added here.
 */
export const PUBLICATION_DEPENDENT: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['time', 'record', 'meeting']);

/** The extractors needed for the wanted kinds, with everything they require, in run order. */
export function extractorsFor(kinds?: ReadonlySet<ClaimKind>): Extractor[] {
  if (!kinds) return [...EXTRACTORS];
  const needed = new Set<ClaimKind>(kinds);
  // Requirements are transitive; walk backwards so one pass settles them.
  for (let i = EXTRACTORS.length - 1; i >= 0; i--) {
    const extractor = EXTRACTORS[i]!;
    if (needed.has(extractor.kind)) for (const kind of extractor.requires ?? []) needed.add(kind);
  }
  return EXTRACTORS.filter((extractor) => needed.has(extractor.kind));
}
