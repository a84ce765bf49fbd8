import type { ClaimKind } from '../types.js';
import { stableId } from '../util/hash.js';

/**
 * Claim ids survive edits elsewhere in the article: they hash the article id, the kind, the quoted
 * text and which occurrence of that text (of that kind) it is — not the offsets.
 */
export class ClaimIdAllocator {
  // Kind → text → occurrences so far: no key string built per claim.
  private readonly occurrences = new Map<ClaimKind, Map<string, number>>();

  constructor(private readonly article: string) {}

  next(kind: ClaimKind, text: string): string {
    let ofKind = this.occurrences.get(kind);
    if (!ofKind) {
      ofKind = new Map();
      this.occurrences.set(kind, ofKind);
    }
    const nth = ofKind.get(text) ?? 0;
    ofKind.set(text, nth + 1);
    return stableId(kind, [this.article, kind, text, nth]);
  }
}
