import type { ClaimKind } from '../types.js';
import { stableId } from '../util/hash.js';

/**
 * Claim ids survive edits elsewhere in the article: they hash the article id, the kind, the quoted
 * text and which occurrence of that text (of that kind) it is — not the offsets.
 */
export class ClaimIdAllocator {
  private readonly occurrences = new Map<string, number>();

  constructor(private readonly article: string) {}

  next(kind: ClaimKind, text: string): string {
    const key = `${kind}\u0000${text}`;
    const nth = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, nth + 1);
    return stableId(kind, [this.article, kind, text, nth]);
  }
}
