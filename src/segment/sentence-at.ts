import type { Document } from '../types.js';

/** Index of the sentence holding `offset` (the last one starting at or before it), by binary search. */
export function sentenceIndexAt(doc: Document, offset: number): number {
  // Sentences are sorted and do not overlap.
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (doc.sentences[mid]!.span.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
