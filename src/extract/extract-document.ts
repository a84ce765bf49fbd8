import type { Claim, ClaimDraft, ClaimKind, Document, DocumentCacheHandle, Extractor, PublishedDate } from '../types.js';
import { positionOf } from '../segment/lines.js';
import { ClaimIdAllocator } from './claim-id.js';
import { sentenceIndexAt } from '../segment/sentence-at.js';
import { collectingEvery } from '../util/collect-garbage.js';

// From this many characters an article's tokens and claims run to gigabytes, and an extractor can
// leave hundreds of megabytes of garbage behind it, which V8 lets pile up on the live data before it
// collects: between extractors, once the heap has grown by `GARBAGE_ALLOWANCE` since the last
// collection and holds `COLLECT_FROM_HEAP` or more, it is collected (`collectingEvery`). News
// articles are far smaller and never pay for it.
const COLLECT_BETWEEN_EXTRACTORS_FROM_CHARS = 4_000_000;
const GARBAGE_ALLOWANCE = 256 * 1024 * 1024;
// A collection forced here stops the program for as long as it takes to mark everything live (about a
// second on a 25 MB article), where V8's own collections mark on the second core while extraction goes
// on: it is worth it only once the heap nears the 2 GB that a 25 MB article may take (issue 9). Below
// this, V8 is left to collect when it judges best. On the 25 MB article that leaves one collection
// (after the quantities) of the three that a growth of 256 MB alone would make.
const COLLECT_FROM_HEAP = 1200 * 1024 * 1024;

// Most claims state nothing about certainty: one shared, frozen empty record serves them all (a
// million claims of a 25 MB article held a million empty objects).
const NO_CERTAINTY: Claim['certainty'] = Object.freeze({});

function certaintyOf(draft: ClaimDraft): Claim['certainty'] {
  const certainty = draft.certainty;
  if (certainty === undefined) return NO_CERTAINTY;
  for (const _ in certainty) return certainty;
  return NO_CERTAINTY;
}

/** Checks a draft's span and turns it into a claim with id, quote and display position. */
function finalize(doc: Document, draft: ClaimDraft): Claim | undefined {
  const { start, end } = draft.span;
  const text = doc.article.text;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) return undefined;
  const quote = text.slice(start, end);
  const { line, column } = positionOf(doc.lineStarts, start);
  return {
    id: '',
    article: doc.article.id,
    kind: draft.kind,
    text: quote,
    span: { start, end },
    line,
    column,
    sentence: sentenceIndexAt(doc, start),
    value: draft.value,
    certainty: certaintyOf(draft),
  } as Claim;
}

/**
 * Runs the extractors in order over one document. Each sees the claims of the extractors before it
 * (with their final ids, so a meeting can point at the time claim that dates it). Each extractor's
 * claims get ids in position order; the result is sorted by position then kind, so ids and output
 * are the same on every run.
 *
 * `kept` holds, by kind, claims an earlier extraction of the same text already found (in its order)
 * and that would come out the same again: those extractors are not run, their claims are passed on.
 * Ids do not change, since each kind's ids depend only on that kind's claims.
 */
export function extractDocument(
  doc: Document,
  extractors: readonly Extractor[],
  published: PublishedDate,
  kinds?: ReadonlySet<ClaimKind>,
  kept?: ReadonlyMap<ClaimKind, readonly Claim[]>,
): Claim[] {
  const claims: Claim[] = [];
  const ids = new ClaimIdAllocator(doc.article.id);
  // Each shared cache goes once its last reader is done, not with the document at the end.
  const lastReader = new Map<DocumentCacheHandle, Extractor>();
  for (const extractor of extractors) for (const cache of extractor.caches ?? []) lastReader.set(cache, extractor);
  const release = (extractor: Extractor) => {
    for (const cache of extractor.caches ?? []) if (lastReader.get(cache) === extractor) cache.forget(doc);
  };
  const collectIfDue = doc.article.text.length >= COLLECT_BETWEEN_EXTRACTORS_FROM_CHARS ? collectingEvery(GARBAGE_ALLOWANCE, COLLECT_FROM_HEAP) : undefined;
  for (const extractor of extractors) {
    const earlier = kept?.get(extractor.kind);
    if (earlier) {
      for (const claim of earlier) claims.push(claim);
      release(extractor);
      continue;
    }
    const produced: Claim[] = [];
    for (const draft of extractor.extract({ doc, published, earlier: claims })) {
      const claim = finalize(doc, draft);
      if (claim) produced.push(claim);
    }
    produced.sort(byPosition);
    for (const claim of produced) claim.id = ids.next(claim.kind, claim.text);
    // One push per claim: spreading hundreds of thousands of claims (a 25 MB article) overflows the stack.
    for (const claim of produced) claims.push(claim);
    release(extractor);
    collectIfDue?.();
  }
  const wanted = kinds ? claims.filter((claim) => kinds.has(claim.kind)) : claims;
  return wanted.sort(byPosition);
}

function byPosition(a: Claim, b: Claim): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}
